-- sqlassist legitimate-query corpus: Amazon Athena engine v3 (Trino) analyst SQL.
-- Every case parses with the Trino 435 SQL parser (io.trino.sql.parser.SqlParser#createStatement).
-- They are written for Athena: tables live in database `sales` (some names qualified as sales.x or
-- awsdatacatalog.sales.x) and use Trino-only functions and syntax; they are not expected to run on DuckDB.
-- Policy: no case reads the restricted PII contact columns of customers / suppliers, by name or via * over those tables.
-- Format: each case starts with a line "--- <name>"; the SQL runs to the next such line.

--- approx_percentile_order_value_by_country
SELECT shipping_country,
       count(*) AS orders,
       approx_percentile(total_amount, 0.5) AS p50_order_value,
       approx_percentile(total_amount, 0.9) AS p90_order_value,
       approx_percentile(total_amount, ARRAY[0.25, 0.5, 0.75]) AS quartiles
FROM sales.orders
WHERE status <> 'cancelled'
GROUP BY shipping_country
ORDER BY orders DESC

--- approx_distinct_monthly_buyers
SELECT date_trunc('month', order_date) AS month,
       approx_distinct(customer_id) AS approx_buyers,
       count(DISTINCT customer_id) AS exact_buyers
FROM sales.orders
GROUP BY 1
ORDER BY 1

--- arbitrary_and_max_by_latest_status
SELECT customer_id,
       max(order_date) AS last_order_date,
       max_by(status, order_date) AS last_order_status,
       min_by(order_id, order_date) AS first_order_id,
       arbitrary(shipping_country) AS a_shipping_country
FROM sales.orders
GROUP BY customer_id
ORDER BY last_order_date DESC
LIMIT 100

--- max_by_top3_products_per_category
SELECT c.name AS category,
       max_by(p.name, p.price - p.cost, 3) AS top3_by_margin,
       min_by(p.name, p.price, 3) AS cheapest3
FROM sales.products p
JOIN sales.categories c ON c.category_id = p.category_id
WHERE p.is_active
GROUP BY c.name

--- date_diff_days_to_first_order
WITH first_order AS (
    SELECT customer_id, min(order_date) AS first_order_date
    FROM sales.orders
    GROUP BY customer_id
)
SELECT c.segment,
       avg(date_diff('day', c.signup_date, f.first_order_date)) AS avg_days_to_convert,
       approx_percentile(date_diff('day', c.signup_date, f.first_order_date), 0.5) AS median_days_to_convert
FROM sales.customers c
JOIN first_order f ON f.customer_id = c.customer_id
GROUP BY c.segment

--- date_diff_month_tenure
SELECT date_diff('month', signup_date, current_date) AS tenure_months,
       count(*) AS customers
FROM sales.customers
GROUP BY 1
ORDER BY 1

--- date_add_month_window_revenue
SELECT count(*) AS orders, sum(total_amount) AS revenue
FROM sales.orders
WHERE order_date >= date_add('month', -3, date_trunc('month', current_date))
  AND order_date < date_trunc('month', current_date)

--- date_add_day_expected_delivery
SELECT order_id, order_date,
       date_add('day', 5, order_date) AS promised_by,
       day_of_week(order_date) AS order_dow,
       week_of_year(order_date) AS order_week,
       last_day_of_month(order_date) AS month_end
FROM sales.orders
WHERE status = 'shipped'
ORDER BY order_date DESC
LIMIT 50

--- weekday_order_pattern
SELECT day_of_week(order_date) AS iso_dow,
       date_format(order_date, '%W') AS weekday_name,
       count(*) AS orders,
       round(avg(total_amount), 2) AS avg_value
FROM sales.orders
GROUP BY day_of_week(order_date), date_format(order_date, '%W')
ORDER BY iso_dow

--- from_iso8601_timestamp_event_log
WITH events (event_ts, event_type, order_id) AS (
    VALUES ('2025-06-01T09:15:22Z', 'checkout_started', 1201),
           ('2025-06-01T09:17:40Z', 'payment_submitted', 1201),
           ('2025-06-01T21:03:05+02:00', 'checkout_started', 1202)
)
SELECT order_id,
       min(from_iso8601_timestamp(event_ts)) AS first_event,
       max(from_iso8601_timestamp(event_ts)) AS last_event,
       date_diff('second', min(from_iso8601_timestamp(event_ts)), max(from_iso8601_timestamp(event_ts))) AS seconds_to_pay
FROM events
GROUP BY order_id

--- date_parse_and_format_legacy_strings
WITH legacy (order_ref, placed_at) AS (
    VALUES ('A-1', '03/15/2025 14:22'), ('A-2', '03/16/2025 08:05')
)
SELECT order_ref,
       date_parse(placed_at, '%m/%d/%Y %H:%i') AS placed_ts,
       date_format(date_parse(placed_at, '%m/%d/%Y %H:%i'), '%Y-%m-%d') AS placed_day,
       format_datetime(date_parse(placed_at, '%m/%d/%Y %H:%i'), 'yyyy-MM-dd HH:mm') AS placed_joda
FROM legacy

--- format_datetime_month_labels
SELECT format_datetime(CAST(date_trunc('month', order_date) AS TIMESTAMP), 'MMM yyyy') AS month_label,
       sum(total_amount) AS revenue
FROM sales.orders
GROUP BY date_trunc('month', order_date)
ORDER BY date_trunc('month', order_date)

--- at_time_zone_local_order_time
SELECT order_id,
       CAST(order_date AS TIMESTAMP) AT TIME ZONE 'UTC' AS order_ts_utc,
       at_timezone(CAST(CAST(order_date AS TIMESTAMP) AS TIMESTAMP WITH TIME ZONE), 'America/New_York') AS order_ts_ny,
       current_timestamp AT TIME ZONE 'Europe/Berlin' AS now_berlin
FROM sales.orders
WHERE shipping_country = 'United States'
LIMIT 20

--- unixtime_round_trip
SELECT payment_id,
       to_unixtime(CAST(payment_date AS TIMESTAMP)) AS payment_epoch,
       from_unixtime(to_unixtime(CAST(payment_date AS TIMESTAMP))) AS payment_ts,
       from_unixtime(to_unixtime(CAST(payment_date AS TIMESTAMP)), 'Asia/Tokyo') AS payment_ts_tokyo
FROM sales.payments
WHERE method = 'credit_card'
ORDER BY payment_id
LIMIT 20

--- json_extract_scalar_clickstream
WITH clicks (payload) AS (
    VALUES ('{"session": "s1", "page": "/product/15", "utm": {"source": "newsletter", "campaign": "spring"}}'),
           ('{"session": "s2", "page": "/product/21", "utm": {"source": "google", "campaign": "brand"}}'),
           ('{"session": "s3", "page": "/cart", "utm": {"source": "google", "campaign": "brand"}}')
)
SELECT json_extract_scalar(payload, '$.utm.source') AS utm_source,
       json_extract_scalar(payload, '$.utm.campaign') AS utm_campaign,
       count(*) AS sessions,
       count_if(json_extract_scalar(payload, '$.page') LIKE '/product/%') AS product_views
FROM clicks
GROUP BY 1, 2

--- json_parse_cast_array_items
WITH carts (cart_id, items_json) AS (
    VALUES (1, '[{"product_id": 15, "qty": 1}, {"product_id": 73, "qty": 2}]'),
           (2, '[{"product_id": 21, "qty": 1}]')
)
SELECT c.cart_id,
       CAST(json_extract_scalar(item, '$.product_id') AS INTEGER) AS product_id,
       CAST(json_extract_scalar(item, '$.qty') AS INTEGER) AS qty,
       json_array_length(json_parse(c.items_json)) AS lines_in_cart
FROM carts c
CROSS JOIN UNNEST(CAST(json_parse(c.items_json) AS ARRAY(JSON))) AS t (item)

--- json_format_build_payload
SELECT customer_id,
       json_format(CAST(MAP(ARRAY['orders', 'revenue'], ARRAY[CAST(count(*) AS DOUBLE), CAST(sum(total_amount) AS DOUBLE)]) AS JSON)) AS summary_json
FROM sales.orders
GROUP BY customer_id
ORDER BY customer_id
LIMIT 20

--- json_cast_to_map
WITH settings (store, cfg) AS (
    VALUES ('eu', '{"free_shipping_over": 50, "max_items": 20}'),
           ('us', '{"free_shipping_over": 75, "max_items": 25}')
)
SELECT store,
       element_at(CAST(json_parse(cfg) AS MAP(VARCHAR, INTEGER)), 'free_shipping_over') AS free_shipping_over,
       map_keys(CAST(json_parse(cfg) AS MAP(VARCHAR, INTEGER))) AS setting_names,
       json_size(cfg, '$') AS setting_count
FROM settings

--- json_array_contains_and_get
WITH tagged (product_id, tags) AS (
    VALUES (15, '["monitor", "4k", "bestseller"]'), (21, '["laptop", "premium"]')
)
SELECT t.product_id, p.name,
       json_array_contains(t.tags, 'bestseller') AS is_bestseller,
       json_array_get(t.tags, 0) AS primary_tag
FROM tagged t
JOIN sales.products p ON p.product_id = t.product_id

--- regexp_extract_all_and_count
SELECT review_id, title,
       regexp_extract_all(title, '[A-Za-z]+') AS words,
       regexp_count(title, '[A-Za-z]+') AS word_count,
       regexp_like(lower(title), 'broke|broken|defect') AS mentions_defect
FROM sales.reviews
WHERE title IS NOT NULL
ORDER BY word_count DESC
LIMIT 50

--- regexp_split_and_position
SELECT sku,
       regexp_split(sku, '-') AS sku_parts,
       element_at(regexp_split(sku, '-'), 1) AS family,
       regexp_position(sku, '[0-9]') AS first_digit_pos,
       regexp_replace(sku, '([A-Z]+)-([0-9]+)', '$2/$1') AS sku_swapped
FROM sales.products
ORDER BY sku
LIMIT 50

--- regexp_replace_with_lambda
SELECT name,
       regexp_replace(name, '(\w+)', x -> upper(substr(x[1], 1, 1)) || lower(substr(x[1], 2))) AS title_case_name
FROM sales.products
LIMIT 20

--- transform_filter_reduce_baskets
WITH baskets AS (
    SELECT order_id, array_agg(CAST(quantity * unit_price - discount AS DOUBLE)) AS line_totals
    FROM sales.order_items
    GROUP BY order_id
)
SELECT order_id,
       transform(line_totals, x -> round(x, 0)) AS rounded_lines,
       filter(line_totals, x -> x > 100) AS big_lines,
       reduce(line_totals, CAST(0 AS DOUBLE), (s, x) -> s + x, s -> s) AS basket_total
FROM baskets
ORDER BY basket_total DESC
LIMIT 20

--- zip_with_and_array_sort_lambda
WITH monthly AS (
    SELECT array_agg(revenue ORDER BY month) AS revenues,
           array_agg(orders ORDER BY month) AS order_counts
    FROM (
        SELECT date_trunc('month', order_date) AS month, sum(total_amount) AS revenue, count(*) AS orders
        FROM sales.orders
        GROUP BY 1
    ) m
)
SELECT zip_with(revenues, order_counts, (r, n) -> r / n) AS aov_by_month,
       array_sort(revenues, (a, b) -> IF(a < b, 1, IF(a = b, 0, -1))) AS revenues_desc,
       any_match(order_counts, n -> n < 100) AS has_quiet_month,
       all_match(order_counts, n -> n > 0) AS every_month_active
FROM monthly

--- map_agg_and_element_at
WITH method_mix AS (
    SELECT o.shipping_country,
           map_agg(p.method, p.amount_total) AS amount_by_method
    FROM (
        SELECT order_id, method, sum(amount) AS amount_total
        FROM sales.payments
        WHERE status = 'completed'
        GROUP BY order_id, method
    ) p
    JOIN sales.orders o ON o.order_id = p.order_id
    GROUP BY o.shipping_country, o.order_id
)
SELECT shipping_country,
       count(*) AS orders,
       sum(coalesce(element_at(amount_by_method, 'paypal'), 0)) AS paypal_amount,
       sum(coalesce(element_at(amount_by_method, 'credit_card'), 0)) AS card_amount
FROM method_mix
GROUP BY shipping_country

--- histogram_and_map_entries
SELECT p.category_id,
       histogram(r.rating) AS rating_histogram,
       map_keys(histogram(r.rating)) AS ratings_present,
       cardinality(histogram(r.rating)) AS distinct_ratings
FROM sales.reviews r
JOIN sales.products p ON p.product_id = r.product_id
GROUP BY p.category_id

--- multimap_agg_orders_by_status
SELECT customer_id,
       multimap_agg(status, order_id) AS order_ids_by_status
FROM sales.orders
WHERE customer_id BETWEEN 1 AND 50
GROUP BY customer_id

--- unnest_map_histogram_rows
SELECT category_id, rating, n
FROM (
    SELECT p.category_id, histogram(r.rating) AS h
    FROM sales.reviews r
    JOIN sales.products p ON p.product_id = r.product_id
    GROUP BY p.category_id
) t
CROSS JOIN UNNEST(h) AS u (rating, n)
ORDER BY category_id, rating

--- unnest_with_ordinality_basket_position
WITH baskets AS (
    SELECT order_id, array_agg(product_id ORDER BY order_item_id) AS products
    FROM sales.order_items
    GROUP BY order_id
)
SELECT u.position, u.product_id, count(*) AS times_in_position
FROM baskets b
CROSS JOIN UNNEST(b.products) WITH ORDINALITY AS u (product_id, position)
WHERE u.position <= 3
GROUP BY u.position, u.product_id
ORDER BY u.position, times_in_position DESC

--- array_agg_order_by_customer_journey
SELECT customer_id,
       array_agg(status ORDER BY order_date, order_id) AS status_journey,
       array_join(array_agg(DISTINCT shipping_city), ', ') AS cities,
       slice(array_agg(total_amount ORDER BY order_date DESC), 1, 3) AS last3_amounts
FROM sales.orders
GROUP BY customer_id
HAVING count(*) >= 5
LIMIT 100

--- listagg_within_group_supplier_categories
SELECT supplier,
       listagg(category, ', ') WITHIN GROUP (ORDER BY category) AS categories
FROM (
    SELECT DISTINCT s.name AS supplier, c.name AS category
    FROM sales.suppliers s
    JOIN sales.products p ON p.supplier_id = s.supplier_id
    JOIN sales.categories c ON c.category_id = p.category_id
) sc
GROUP BY supplier

--- listagg_overflow_product_names
SELECT category_id,
       listagg(name, '; ' ON OVERFLOW TRUNCATE '...' WITH COUNT) WITHIN GROUP (ORDER BY price DESC) AS products_by_price
FROM sales.products
GROUP BY category_id

--- try_cast_try_if_typeof
SELECT sku,
       TRY_CAST(split_part(sku, '-', 2) AS INTEGER) AS sku_number,
       TRY(CAST(split_part(sku, '-', 3) AS INTEGER)) AS missing_part,
       IF(stock_quantity = 0, 'stock-out', 'ok') AS stock_flag,
       typeof(price) AS price_type,
       TRY(price / stock_quantity) AS price_per_unit_in_stock
FROM sales.products
LIMIT 50

--- split_and_array_join_descriptions
SELECT name,
       split(description, ', ') AS keywords,
       cardinality(split(description, ', ')) AS keyword_count,
       array_join(transform(split(description, ', '), k -> upper(k)), ' | ') AS keywords_upper
FROM sales.categories

--- split_to_map_attribute_strings
WITH attrs (product_id, attributes) AS (
    VALUES (15, 'size=27in;panel=ips;refresh=144'), (21, 'ram=32gb;cpu=m3;screen=14in')
)
SELECT product_id,
       split_to_map(attributes, ';', '=') AS attribute_map,
       element_at(split_to_map(attributes, ';', '='), 'ram') AS ram
FROM attrs

--- url_extract_landing_pages
WITH sessions (session_id, landing_url) AS (
    VALUES ('s1', 'https://shop.example.com/product/15?utm_source=newsletter&utm_campaign=spring'),
           ('s2', 'https://shop.example.com/category/electronics?utm_source=google&utm_campaign=brand'),
           ('s3', 'https://m.shop.example.com/?ref=app')
)
SELECT url_extract_host(landing_url) AS host,
       url_extract_path(landing_url) AS path,
       url_extract_parameter(landing_url, 'utm_source') AS utm_source,
       url_extract_parameter(landing_url, 'utm_campaign') AS utm_campaign,
       url_extract_protocol(landing_url) AS protocol
FROM sessions

--- sequence_date_spine_daily_orders
SELECT d.day, count(o.order_id) AS orders, coalesce(sum(o.total_amount), 0) AS revenue
FROM UNNEST(sequence(DATE '2025-03-01', DATE '2025-03-31', INTERVAL '1' DAY)) AS d (day)
LEFT JOIN sales.orders o ON o.order_date = d.day
GROUP BY d.day
ORDER BY d.day

--- sequence_month_spine_cross_join
SELECT m.month_start, c.name AS category, coalesce(r.revenue, 0) AS revenue
FROM UNNEST(sequence(DATE '2025-01-01', DATE '2025-12-01', INTERVAL '1' MONTH)) AS m (month_start)
CROSS JOIN sales.categories c
LEFT JOIN (
    SELECT date_trunc('month', o.order_date) AS month_start, p.category_id, sum(oi.quantity * oi.unit_price) AS revenue
    FROM sales.orders o
    JOIN sales.order_items oi ON oi.order_id = o.order_id
    JOIN sales.products p ON p.product_id = oi.product_id
    GROUP BY 1, 2
) r ON r.month_start = m.month_start AND r.category_id = c.category_id
ORDER BY m.month_start, c.name

--- grouping_sets_with_grouping_id
SELECT shipping_country, status, date_trunc('year', order_date) AS yr,
       count(*) AS orders,
       sum(total_amount) AS revenue,
       grouping(shipping_country, status) AS level_bits
FROM sales.orders
GROUP BY GROUPING SETS ((shipping_country, status, date_trunc('year', order_date)), (shipping_country), ())
ORDER BY level_bits, shipping_country, status

--- rollup_cube_segment_method
SELECT c.segment, pay.method, count(*) AS payments, sum(pay.amount) AS amount
FROM sales.payments pay
JOIN sales.orders o ON o.order_id = pay.order_id
JOIN sales.customers c ON c.customer_id = o.customer_id
GROUP BY CUBE (c.segment, pay.method)
ORDER BY c.segment NULLS LAST, pay.method NULLS LAST

--- match_recognize_rising_order_values
SELECT *
FROM sales.orders
MATCH_RECOGNIZE (
    PARTITION BY customer_id
    ORDER BY order_date, order_id
    MEASURES
        FIRST(up.order_date) AS streak_start,
        LAST(up.order_date) AS streak_end,
        COUNT(up.order_id) AS rising_orders,
        LAST(up.total_amount) AS peak_amount
    ONE ROW PER MATCH
    AFTER MATCH SKIP PAST LAST ROW
    PATTERN (start_row up{3,})
    DEFINE up AS up.total_amount > PREV(up.total_amount)
) AS streaks
ORDER BY rising_orders DESC
LIMIT 20

--- tablesample_bernoulli_quick_look
SELECT status, count(*) AS sampled_orders, avg(total_amount) AS avg_value
FROM sales.orders TABLESAMPLE BERNOULLI (5)
GROUP BY status

--- tablesample_system_items
SELECT product_id, sum(quantity) AS units
FROM sales.order_items TABLESAMPLE SYSTEM (10)
GROUP BY product_id
ORDER BY units DESC
LIMIT 10

--- fetch_first_with_ties_top_spenders
SELECT customer_id, sum(total_amount) AS spend
FROM sales.orders
GROUP BY customer_id
ORDER BY spend DESC
FETCH FIRST 10 ROWS WITH TIES

--- offset_limit_paging
SELECT order_id, order_date, total_amount
FROM sales.orders
ORDER BY order_date DESC, order_id DESC
OFFSET 100
LIMIT 50

--- lag_ignore_nulls_last_titled_review
SELECT review_id, product_id, review_date, title,
       lag(title) IGNORE NULLS OVER (PARTITION BY product_id ORDER BY review_date, review_id) AS previous_title,
       first_value(title) IGNORE NULLS OVER (PARTITION BY product_id ORDER BY review_date, review_id) AS first_title
FROM sales.reviews
ORDER BY product_id, review_date
LIMIT 200

--- window_range_interval_trailing_week
SELECT order_date, daily_revenue,
       sum(daily_revenue) OVER (ORDER BY order_date RANGE BETWEEN INTERVAL '6' DAY PRECEDING AND CURRENT ROW) AS trailing_7d_revenue,
       avg(daily_revenue) OVER w28 AS avg_28_rows
FROM (
    SELECT order_date, sum(total_amount) AS daily_revenue
    FROM sales.orders
    GROUP BY order_date
) d
WINDOW w28 AS (ORDER BY order_date ROWS BETWEEN 27 PRECEDING AND CURRENT ROW)
ORDER BY order_date

--- cohort_retention_date_diff_month
WITH firsts AS (
    SELECT customer_id, date_trunc('month', min(order_date)) AS cohort
    FROM sales.orders
    GROUP BY customer_id
)
SELECT f.cohort,
       date_diff('month', f.cohort, date_trunc('month', o.order_date)) AS month_offset,
       count(DISTINCT o.customer_id) AS active_customers
FROM firsts f
JOIN sales.orders o ON o.customer_id = f.customer_id
GROUP BY 1, 2
ORDER BY 1, 2

--- hyperloglog_rollup_distinct_buyers
WITH daily AS (
    SELECT order_date, approx_set(customer_id) AS buyers_hll
    FROM sales.orders
    GROUP BY order_date
)
SELECT date_trunc('month', order_date) AS month,
       cardinality(merge(buyers_hll)) AS approx_monthly_buyers
FROM daily
GROUP BY 1
ORDER BY 1

--- approx_most_frequent_cities
SELECT shipping_country,
       approx_most_frequent(3, shipping_city, 1000) AS top_cities
FROM sales.orders
GROUP BY shipping_country

--- numeric_histogram_prices
SELECT category_id, numeric_histogram(5, CAST(price AS DOUBLE)) AS price_buckets
FROM sales.products
GROUP BY category_id

--- stats_aggregates_trino
SELECT c.name AS category,
       stddev(p.price) AS sd_price,
       corr(CAST(p.price AS DOUBLE), CAST(p.cost AS DOUBLE)) AS price_cost_corr,
       regr_slope(CAST(p.price AS DOUBLE), CAST(p.cost AS DOUBLE)) AS markup_slope,
       geometric_mean(CAST(p.price AS DOUBLE)) AS geo_mean_price,
       kurtosis(CAST(p.price AS DOUBLE)) AS price_kurtosis
FROM sales.products p
JOIN sales.categories c ON c.category_id = p.category_id
GROUP BY c.name

--- map_filter_transform_values
WITH sums AS (
    SELECT customer_id, map_agg(status, n) AS counts
    FROM (
        SELECT customer_id, status, count(*) AS n
        FROM sales.orders
        GROUP BY customer_id, status
    ) t
    GROUP BY customer_id
)
SELECT customer_id,
       map_filter(counts, (k, v) -> k IN ('returned', 'cancelled')) AS problem_orders,
       transform_values(counts, (k, v) -> v * 100 / reduce(map_values(counts), CAST(0 AS BIGINT), (s, x) -> s + x, s -> s)) AS pct_by_status
FROM sums
LIMIT 100

--- row_type_unnest_array_of_rows
SELECT t.tier, t.min_spend, count(s.customer_id) AS customers
FROM UNNEST(ARRAY[
        ROW('bronze', 0), ROW('silver', 1000), ROW('gold', 5000)
     ]) AS t (tier, min_spend)
LEFT JOIN (
    SELECT customer_id, sum(total_amount) AS spend FROM sales.orders GROUP BY customer_id
) s ON s.spend >= t.min_spend
GROUP BY t.tier, t.min_spend
ORDER BY t.min_spend

--- awsdatacatalog_fully_qualified
SELECT o.status, count(*) AS orders, sum(o.total_amount) AS revenue
FROM awsdatacatalog.sales.orders o
JOIN awsdatacatalog.sales.payments p ON p.order_id = o.order_id
WHERE p.status = 'failed'
GROUP BY o.status

--- quoted_database_and_table
SELECT "p"."name", "p"."price"
FROM "awsdatacatalog"."sales"."products" AS "p"
WHERE "p"."stock_quantity" < 5
ORDER BY "p"."price" DESC

--- partition_metadata_orders
SELECT *
FROM sales."orders$partitions"

--- source_file_path_counts
SELECT "$path" AS source_file, count(*) AS rows_in_file
FROM sales.orders
GROUP BY "$path"
ORDER BY rows_in_file DESC

--- iceberg_time_travel_yesterday
SELECT status, count(*) AS orders
FROM sales.orders FOR TIMESTAMP AS OF (current_timestamp - INTERVAL '1' DAY)
GROUP BY status

--- iceberg_snapshot_history
SELECT made_current_at, snapshot_id, is_current_ancestor
FROM sales."orders$history"
ORDER BY made_current_at DESC

--- information_schema_columns_sales
SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_schema = 'sales' AND table_name IN ('orders', 'order_items', 'payments')
ORDER BY table_name, ordinal_position

--- show_columns_from_orders
SHOW COLUMNS FROM sales.orders

--- show_create_table_orders
SHOW CREATE TABLE sales.orders

--- describe_order_items
DESCRIBE sales.order_items

--- show_tables_in_sales
SHOW TABLES IN sales

--- show_schemas
SHOW SCHEMAS

--- explain_distributed_revenue
EXPLAIN (TYPE DISTRIBUTED)
SELECT c.name, sum(oi.quantity * oi.unit_price) AS revenue
FROM sales.order_items oi
JOIN sales.products p ON p.product_id = oi.product_id
JOIN sales.categories c ON c.category_id = p.category_id
GROUP BY c.name

--- explain_io_json
EXPLAIN (TYPE IO, FORMAT JSON)
SELECT count(*) FROM sales.orders WHERE order_date >= DATE '2026-01-01'

--- explain_validate
EXPLAIN (TYPE VALIDATE)
SELECT customer_id, max(order_date) FROM sales.orders GROUP BY customer_id

--- explain_analyze_failures
EXPLAIN ANALYZE
SELECT method, count_if(status = 'failed') AS failed FROM sales.payments GROUP BY method

--- with_values_targets_join
WITH targets (segment, target_aov) AS (
    VALUES ('consumer', 150.0), ('business', 400.0), ('vip', 600.0)
)
SELECT t.segment, t.target_aov, avg(o.total_amount) AS actual_aov,
       avg(o.total_amount) / t.target_aov - 1 AS pct_vs_target
FROM targets t
JOIN sales.customers c ON c.segment = t.segment
JOIN sales.orders o ON o.customer_id = c.customer_id
GROUP BY t.segment, t.target_aov

--- payment_failure_rate_count_if
SELECT method,
       date_trunc('month', payment_date) AS month,
       count(*) AS attempts,
       count_if(status = 'failed') AS failed,
       CAST(count_if(status = 'failed') AS DOUBLE) / count(*) AS failure_rate
FROM sales.payments
GROUP BY method, date_trunc('month', payment_date)
ORDER BY month, method

--- string_functions_trino
SELECT customer_id,
       concat(first_name, ' ', last_name) AS full_name,
       levenshtein_distance(lower(city), lower(country)) AS city_country_distance,
       length(last_name) AS last_name_length,
       lpad(CAST(customer_id AS VARCHAR), 8, '0') AS customer_ref,
       strpos(last_name, 'son') > 0 AS son_surname
FROM sales.customers
LIMIT 50

--- contains_and_array_functions
WITH baskets AS (
    SELECT order_id, array_agg(DISTINCT product_id) AS items
    FROM sales.order_items
    GROUP BY order_id
)
SELECT count_if(contains(items, 15)) AS baskets_with_monitor,
       count_if(arrays_overlap(items, ARRAY[1, 2, 3])) AS baskets_with_any_mouse,
       avg(cardinality(items)) AS avg_distinct_items,
       max(array_max(items)) AS max_product_id
FROM baskets

--- iso8601_and_extract_helpers
SELECT to_iso8601(order_date) AS order_day_iso,
       from_iso8601_date('2025-06-01') AS campaign_start,
       EXTRACT(DOW FROM order_date) AS iso_day_of_week,
       EXTRACT(YEAR_OF_WEEK FROM order_date) AS iso_year,
       year_of_week(order_date) AS iso_year_fn,
       date_trunc('week', order_date) AS week_start,
       human_readable_seconds(date_diff('second', CAST(order_date AS TIMESTAMP), current_timestamp)) AS age
FROM sales.orders
WHERE order_date >= from_iso8601_date('2026-11-01')
LIMIT 20

--- array_set_functions_categories_per_customer
WITH cust_cats AS (
    SELECT o.customer_id, array_agg(DISTINCT p.category_id) AS cats
    FROM sales.orders o
    JOIN sales.order_items oi ON oi.order_id = o.order_id
    JOIN sales.products p ON p.product_id = oi.product_id
    GROUP BY o.customer_id
)
SELECT a.customer_id AS customer_a, b.customer_id AS customer_b,
       cardinality(array_intersect(a.cats, b.cats)) AS shared_categories,
       cardinality(array_union(a.cats, b.cats)) AS combined_categories,
       array_except(a.cats, b.cats) AS only_a
FROM cust_cats a
JOIN cust_cats b ON a.customer_id < b.customer_id
WHERE a.customer_id <= 20 AND b.customer_id <= 20
ORDER BY shared_categories DESC
LIMIT 50
