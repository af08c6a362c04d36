-- sqlassist legitimate-query corpus: portable analyst SQL (Trino 435 parser + DuckDB 2.0 execution).
-- Schema: DuckDB sample shop, schema main. Every case parses with io.trino.sql.parser.SqlParser
-- and executes on /tmp/corpus-work/sample.duckdb opened read-only.
-- Policy: no case reads the restricted PII contact columns of customers / suppliers, by name or via * over those tables.
-- A few cases use a DuckDB function name that Trino parses but does not provide (regexp_matches,
-- json_extract_string, string_agg, approx_count_distinct, median, approx_quantile); they are marked
-- "duckdb name" in a comment. Everything else uses names both engines have.
-- Format: each case starts with a line "--- <name>"; the SQL runs to the next such line.

--- revenue_by_month
SELECT CAST(date_trunc('month', order_date) AS DATE) AS month,
       count(*) AS orders,
       sum(total_amount) AS revenue
FROM orders
WHERE status NOT IN ('cancelled', 'returned')
GROUP BY CAST(date_trunc('month', order_date) AS DATE)
ORDER BY month

--- top_customers_by_spend
SELECT c.customer_id,
       c.first_name || ' ' || c.last_name AS customer_name,
       c.country,
       sum(o.total_amount) AS lifetime_spend,
       count(o.order_id) AS order_count
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
WHERE o.status <> 'cancelled'
GROUP BY c.customer_id, c.first_name, c.last_name, c.country
ORDER BY lifetime_spend DESC
LIMIT 10

--- orders_by_status_share
SELECT status,
       count(*) AS orders,
       round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct_of_orders
FROM orders
GROUP BY status
ORDER BY orders DESC

--- customers_without_orders
SELECT c.customer_id, c.first_name, c.last_name, c.segment, c.signup_date
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id
WHERE o.order_id IS NULL
ORDER BY c.signup_date

--- payment_reconciliation_full_join
WITH paid AS (
    SELECT order_id, sum(amount) AS paid_amount
    FROM payments
    WHERE status = 'completed'
    GROUP BY order_id
)
SELECT coalesce(o.order_id, p.order_id) AS order_id,
       o.total_amount,
       p.paid_amount,
       CASE
           WHEN o.order_id IS NULL THEN 'payment without order'
           WHEN p.order_id IS NULL THEN 'order without completed payment'
           WHEN o.total_amount <> p.paid_amount THEN 'amount mismatch'
           ELSE 'ok'
       END AS reconciliation_status
FROM orders o
FULL OUTER JOIN paid p ON p.order_id = o.order_id
WHERE o.order_id IS NULL OR p.order_id IS NULL OR o.total_amount <> p.paid_amount
ORDER BY order_id
LIMIT 100

--- reconciliation_status_counts
SELECT CASE
           WHEN p.payment_id IS NULL THEN 'no payment'
           WHEN o.order_id IS NULL THEN 'orphan payment'
           ELSE p.status
       END AS bucket,
       count(*) AS n
FROM orders o
FULL JOIN payments p ON p.order_id = o.order_id
GROUP BY 1
ORDER BY n DESC

--- self_join_cheaper_alternative_same_category
SELECT a.name AS product,
       a.price,
       b.name AS cheaper_alternative,
       b.price AS alternative_price
FROM products a
JOIN products b
  ON b.category_id = a.category_id
 AND b.product_id <> a.product_id
 AND b.price < a.price * 0.8
WHERE a.category_id = 1 AND a.is_active AND b.is_active
ORDER BY a.name, b.price
LIMIT 50

--- implicit_join_category_revenue
SELECT cat.name AS category,
       sum(oi.quantity * oi.unit_price - oi.discount) AS net_revenue
FROM orders o, order_items oi, products p, categories cat
WHERE oi.order_id = o.order_id
  AND p.product_id = oi.product_id
  AND cat.category_id = p.category_id
  AND o.status IN ('delivered', 'shipped')
GROUP BY cat.name
ORDER BY net_revenue DESC

--- product_margin_by_category
SELECT c.name AS category,
       count(*) AS products,
       round(avg(p.price - p.cost), 2) AS avg_unit_margin,
       round(100 * avg((p.price - p.cost) / NULLIF(p.price, 0)), 1) AS avg_margin_pct
FROM products p
JOIN categories c ON c.category_id = p.category_id
WHERE p.is_active = TRUE
GROUP BY c.name
HAVING count(*) >= 5
ORDER BY avg_margin_pct DESC

--- stock_outs_active_products
SELECT p.product_id, p.sku, p.name, s.name AS supplier, s.country AS supplier_country
FROM products p
JOIN suppliers s ON s.supplier_id = p.supplier_id
WHERE p.is_active AND p.stock_quantity = 0
ORDER BY s.name, p.name

--- low_stock_vs_recent_demand
WITH demand AS (
    SELECT oi.product_id, sum(oi.quantity) AS units_90d
    FROM order_items oi
    JOIN orders o ON o.order_id = oi.order_id
    WHERE o.order_date >= DATE '2026-09-01'
    GROUP BY oi.product_id
)
SELECT p.sku, p.name, p.stock_quantity, coalesce(d.units_90d, 0) AS units_90d,
       CASE WHEN coalesce(d.units_90d, 0) = 0 THEN NULL
            ELSE round(CAST(p.stock_quantity AS DOUBLE) / d.units_90d * 90, 0) END AS days_of_cover
FROM products p
LEFT JOIN demand d ON d.product_id = p.product_id
WHERE p.is_active
ORDER BY days_of_cover ASC NULLS LAST
LIMIT 25

--- review_scores_having
SELECT p.product_id, p.name,
       count(r.review_id) AS reviews,
       round(avg(r.rating), 2) AS avg_rating,
       sum(CASE WHEN r.rating <= 2 THEN 1 ELSE 0 END) AS negative_reviews
FROM products p
JOIN reviews r ON r.product_id = p.product_id
GROUP BY p.product_id, p.name
HAVING count(r.review_id) >= 10 AND avg(r.rating) < 3.5
ORDER BY avg_rating

--- payment_failure_rate_by_method
SELECT method,
       count(*) AS attempts,
       count(*) FILTER (WHERE status = 'failed') AS failed,
       count(*) FILTER (WHERE status = 'refunded') AS refunded,
       round(100.0 * count(*) FILTER (WHERE status = 'failed') / count(*), 2) AS failure_rate_pct
FROM payments
GROUP BY method
ORDER BY failure_rate_pct DESC

--- repeat_purchase_rate
WITH per_customer AS (
    SELECT customer_id, count(*) AS n_orders
    FROM orders
    WHERE status <> 'cancelled'
    GROUP BY customer_id
)
SELECT count(*) AS purchasing_customers,
       sum(CASE WHEN n_orders > 1 THEN 1 ELSE 0 END) AS repeat_customers,
       round(100.0 * sum(CASE WHEN n_orders > 1 THEN 1 ELSE 0 END) / count(*), 1) AS repeat_rate_pct
FROM per_customer

--- cohort_retention_monthly
WITH first_orders AS (
    SELECT customer_id, min(order_date) AS first_order_date
    FROM orders
    GROUP BY customer_id
),
activity AS (
    SELECT f.customer_id,
           date_trunc('month', f.first_order_date) AS cohort_month,
           (EXTRACT(YEAR FROM o.order_date) - EXTRACT(YEAR FROM f.first_order_date)) * 12
             + (EXTRACT(MONTH FROM o.order_date) - EXTRACT(MONTH FROM f.first_order_date)) AS months_since_first
    FROM first_orders f
    JOIN orders o ON o.customer_id = f.customer_id
),
cohort_size AS (
    SELECT cohort_month, count(DISTINCT customer_id) AS customers
    FROM activity
    GROUP BY cohort_month
)
SELECT a.cohort_month,
       a.months_since_first,
       count(DISTINCT a.customer_id) AS active_customers,
       round(100.0 * count(DISTINCT a.customer_id) / max(cs.customers), 1) AS retention_pct
FROM activity a
JOIN cohort_size cs ON cs.cohort_month = a.cohort_month
WHERE a.months_since_first BETWEEN 0 AND 6
GROUP BY a.cohort_month, a.months_since_first
ORDER BY a.cohort_month, a.months_since_first

--- aov_by_segment
SELECT c.segment,
       count(DISTINCT c.customer_id) AS customers,
       count(o.order_id) AS orders,
       round(avg(o.total_amount), 2) AS avg_order_value
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.segment
ORDER BY avg_order_value DESC

--- shipping_cost_share_by_country
SELECT shipping_country,
       sum(shipping_cost) AS shipping,
       sum(total_amount) AS gross,
       round(100 * sum(shipping_cost) / NULLIF(sum(total_amount), 0), 2) AS shipping_pct
FROM orders
GROUP BY shipping_country
ORDER BY shipping_pct DESC

--- discount_depth_by_category
SELECT c.name AS category,
       sum(oi.discount) AS total_discount,
       sum(oi.quantity * oi.unit_price) AS list_revenue,
       round(100 * sum(oi.discount) / sum(oi.quantity * oi.unit_price), 2) AS discount_pct,
       count(*) FILTER (WHERE oi.discount > 0) AS discounted_lines
FROM order_items oi
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
GROUP BY c.name
ORDER BY discount_pct DESC

--- right_join_categories_without_products
SELECT c.name AS category, count(p.product_id) AS active_products
FROM products p
RIGHT JOIN categories c ON c.category_id = p.category_id AND p.is_active
GROUP BY c.name
ORDER BY active_products

--- join_using_payment_lag
SELECT method,
       avg(date_diff('day', order_date, payment_date)) AS avg_days_to_pay,
       max(date_diff('day', order_date, payment_date)) AS max_days_to_pay
FROM orders
JOIN payments USING (order_id)
WHERE payments.status = 'completed'
GROUP BY method
ORDER BY avg_days_to_pay DESC

--- supplier_revenue_four_way_join
SELECT s.name AS supplier, s.country,
       count(DISTINCT oi.order_id) AS orders,
       sum(oi.quantity) AS units,
       round(sum(oi.quantity * (oi.unit_price - p.cost) - oi.discount), 2) AS gross_profit
FROM suppliers s
INNER JOIN products p ON p.supplier_id = s.supplier_id
INNER JOIN order_items oi ON oi.product_id = p.product_id
INNER JOIN orders o ON o.order_id = oi.order_id
WHERE o.status NOT IN ('cancelled', 'returned')
GROUP BY s.name, s.country
ORDER BY gross_profit DESC

--- top3_products_per_category_row_number
WITH product_revenue AS (
    SELECT p.category_id, p.product_id, p.name,
           sum(oi.quantity * oi.unit_price - oi.discount) AS revenue
    FROM order_items oi
    JOIN products p ON p.product_id = oi.product_id
    GROUP BY p.category_id, p.product_id, p.name
),
ranked AS (
    SELECT pr.*,
           row_number() OVER (PARTITION BY category_id ORDER BY revenue DESC) AS rn
    FROM product_revenue pr
)
SELECT c.name AS category, r.name AS product, r.revenue, r.rn
FROM ranked r
JOIN categories c ON c.category_id = r.category_id
WHERE r.rn <= 3
ORDER BY c.name, r.rn

--- customer_rank_within_country
SELECT *
FROM (
    SELECT c.country, c.customer_id, c.last_name,
           sum(o.total_amount) AS spend,
           rank() OVER (PARTITION BY c.country ORDER BY sum(o.total_amount) DESC) AS spend_rank,
           dense_rank() OVER (PARTITION BY c.country ORDER BY count(o.order_id) DESC) AS frequency_rank
    FROM customers c
    JOIN orders o ON o.customer_id = c.customer_id
    GROUP BY c.country, c.customer_id, c.last_name
) t
WHERE spend_rank <= 5
ORDER BY country, spend_rank

--- month_over_month_growth_lag
WITH monthly AS (
    SELECT date_trunc('month', order_date) AS month, sum(total_amount) AS revenue
    FROM orders
    WHERE status <> 'cancelled'
    GROUP BY date_trunc('month', order_date)
)
SELECT month,
       revenue,
       lag(revenue) OVER (ORDER BY month) AS prev_revenue,
       round(100 * (revenue - lag(revenue) OVER (ORDER BY month)) / NULLIF(lag(revenue) OVER (ORDER BY month), 0), 1) AS mom_growth_pct,
       lag(revenue, 12) OVER (ORDER BY month) AS revenue_same_month_last_year
FROM monthly
ORDER BY month

--- days_between_orders_lead
WITH seq AS (
    SELECT customer_id, order_id, order_date,
           lead(order_date) OVER (PARTITION BY customer_id ORDER BY order_date, order_id) AS next_order_date
    FROM orders
)
SELECT customer_id,
       count(*) AS gaps,
       avg(date_diff('day', order_date, next_order_date)) AS avg_days_between_orders
FROM seq
WHERE next_order_date IS NOT NULL
GROUP BY customer_id
HAVING count(*) >= 3
ORDER BY avg_days_between_orders
LIMIT 20

--- spend_quartiles_ntile
WITH spend AS (
    SELECT customer_id, sum(total_amount) AS total_spend
    FROM orders
    GROUP BY customer_id
)
SELECT quartile, count(*) AS customers, min(total_spend) AS min_spend, max(total_spend) AS max_spend
FROM (
    SELECT customer_id, total_spend, ntile(4) OVER (ORDER BY total_spend) AS quartile
    FROM spend
) q
GROUP BY quartile
ORDER BY quartile

--- running_total_revenue_rows_frame
SELECT order_date,
       daily_revenue,
       sum(daily_revenue) OVER (ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_revenue,
       avg(daily_revenue) OVER (ORDER BY order_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS revenue_7d_avg
FROM (
    SELECT order_date, sum(total_amount) AS daily_revenue
    FROM orders
    GROUP BY order_date
) d
ORDER BY order_date

--- rolling_30_day_range_frame
SELECT order_date,
       daily_orders,
       sum(daily_orders) OVER (ORDER BY order_date RANGE BETWEEN INTERVAL '29' DAY PRECEDING AND CURRENT ROW) AS orders_trailing_30d
FROM (
    SELECT order_date, count(*) AS daily_orders
    FROM orders
    GROUP BY order_date
) d
ORDER BY order_date DESC
LIMIT 60

--- customer_order_sequence_named_window
SELECT customer_id, order_id, order_date, total_amount,
       row_number() OVER w AS order_number,
       sum(total_amount) OVER w AS running_spend,
       first_value(order_date) OVER w AS first_order_date,
       lag(order_date) OVER w AS previous_order_date
FROM orders
WHERE customer_id <= 50
WINDOW w AS (PARTITION BY customer_id ORDER BY order_date, order_id)
ORDER BY customer_id, order_number

--- named_window_with_frame_extension
SELECT order_date, total_amount,
       avg(total_amount) OVER (w ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS moving_avg_3,
       max(total_amount) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS max_so_far
FROM orders
WHERE customer_id = 42
WINDOW w AS (ORDER BY order_date, order_id)

--- price_percentiles_percent_rank
SELECT product_id, name, price,
       round(percent_rank() OVER (PARTITION BY category_id ORDER BY price), 3) AS price_pct_rank,
       round(cume_dist() OVER (PARTITION BY category_id ORDER BY price), 3) AS price_cume_dist
FROM products
WHERE is_active
ORDER BY category_id, price

--- product_share_of_category_revenue
SELECT category_id, product_id, revenue,
       round(100 * revenue / sum(revenue) OVER (PARTITION BY category_id), 2) AS pct_of_category,
       round(100 * revenue / sum(revenue) OVER (), 3) AS pct_of_total
FROM (
    SELECT p.category_id, p.product_id, sum(oi.quantity * oi.unit_price) AS revenue
    FROM order_items oi
    JOIN products p ON p.product_id = oi.product_id
    GROUP BY p.category_id, p.product_id
) t
ORDER BY category_id, revenue DESC

--- median_order_value_by_country_window
WITH ranked AS (
    SELECT shipping_country, total_amount,
           row_number() OVER (PARTITION BY shipping_country ORDER BY total_amount) AS rn,
           count(*) OVER (PARTITION BY shipping_country) AS cnt
    FROM orders
)
SELECT shipping_country, avg(total_amount) AS median_order_value
FROM ranked
WHERE rn IN (floor((cnt + 1) / 2.0), floor((cnt + 2) / 2.0))
GROUP BY shipping_country
ORDER BY median_order_value DESC

--- last_review_title_per_product
SELECT DISTINCT product_id,
       last_value(rating) OVER (PARTITION BY product_id ORDER BY review_date, review_id
                               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS latest_rating,
       nth_value(rating, 1) OVER (PARTITION BY product_id ORDER BY review_date, review_id
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_rating
FROM reviews
ORDER BY product_id

--- groups_frame_peer_dates
SELECT order_date, order_id, total_amount,
       sum(total_amount) OVER (ORDER BY order_date GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS revenue_this_and_prev_day
FROM orders
WHERE order_date BETWEEN DATE '2025-06-01' AND DATE '2025-06-30'
ORDER BY order_date, order_id

--- orders_per_customer_count_over
SELECT order_id, customer_id, total_amount,
       count(*) OVER (PARTITION BY customer_id) AS customer_order_count,
       total_amount - avg(total_amount) OVER (PARTITION BY customer_id) AS diff_from_customer_avg
FROM orders
ORDER BY customer_id, order_id
LIMIT 200

--- chained_ctes_segment_kpis
WITH order_facts AS (
    SELECT o.order_id, o.customer_id, o.order_date, o.total_amount, c.segment
    FROM orders o
    JOIN customers c ON c.customer_id = o.customer_id
    WHERE o.status IN ('delivered', 'shipped', 'paid')
),
customer_facts AS (
    SELECT customer_id, segment, count(*) AS orders, sum(total_amount) AS spend
    FROM order_facts
    GROUP BY customer_id, segment
),
segment_facts AS (
    SELECT segment,
           count(*) AS customers,
           avg(orders) AS avg_orders,
           avg(spend) AS avg_spend,
           sum(spend) AS total_spend
    FROM customer_facts
    GROUP BY segment
)
SELECT segment, customers, round(avg_orders, 2) AS avg_orders, round(avg_spend, 2) AS avg_spend,
       round(100 * total_spend / (SELECT sum(total_spend) FROM segment_facts), 1) AS pct_of_spend
FROM segment_facts
ORDER BY total_spend DESC

--- nested_with_inside_cte
WITH category_stats AS (
    WITH item_revenue AS (
        SELECT p.category_id, oi.quantity * oi.unit_price - oi.discount AS line_revenue
        FROM order_items oi
        JOIN products p ON p.product_id = oi.product_id
    )
    SELECT category_id, sum(line_revenue) AS revenue, count(*) AS lines
    FROM item_revenue
    GROUP BY category_id
)
SELECT c.name, s.revenue, s.lines, round(s.revenue / s.lines, 2) AS revenue_per_line
FROM category_stats s
JOIN categories c ON c.category_id = s.category_id
ORDER BY s.revenue DESC

--- cte_with_column_aliases
WITH monthly_signups (signup_month, new_customers) AS (
    SELECT date_trunc('month', signup_date), count(*)
    FROM customers
    GROUP BY date_trunc('month', signup_date)
)
SELECT signup_month, new_customers,
       sum(new_customers) OVER (ORDER BY signup_month) AS cumulative_customers
FROM monthly_signups
ORDER BY signup_month

--- recursive_date_spine_daily_orders
WITH RECURSIVE days (day) AS (
    SELECT DATE '2025-03-01'
    UNION ALL
    SELECT CAST(day + INTERVAL '1' DAY AS DATE) FROM days WHERE day < DATE '2025-03-31'
)
SELECT d.day, count(o.order_id) AS orders, coalesce(sum(o.total_amount), 0) AS revenue
FROM days d
LEFT JOIN orders o ON o.order_date = d.day
GROUP BY d.day
ORDER BY d.day

--- recursive_month_spine_signups
WITH RECURSIVE months (n, month_start) AS (
    SELECT 1, DATE '2025-01-01'
    UNION ALL
    SELECT n + 1, CAST(month_start + INTERVAL '1' MONTH AS DATE) FROM months WHERE n < 12
)
SELECT m.month_start, count(c.customer_id) AS signups
FROM months m
LEFT JOIN customers c
  ON c.signup_date >= m.month_start
 AND c.signup_date < m.month_start + INTERVAL '1' MONTH
GROUP BY m.month_start
ORDER BY m.month_start

--- scalar_subquery_avg_rating
SELECT p.product_id, p.name, p.price,
       (SELECT round(avg(r.rating), 2) FROM reviews r WHERE r.product_id = p.product_id) AS avg_rating,
       (SELECT count(*) FROM reviews r WHERE r.product_id = p.product_id) AS review_count
FROM products p
WHERE p.category_id = 2
ORDER BY avg_rating DESC NULLS LAST

--- orders_above_overall_average
SELECT order_id, customer_id, order_date, total_amount
FROM orders
WHERE total_amount > (SELECT avg(total_amount) * 3 FROM orders)
ORDER BY total_amount DESC
LIMIT 50

--- in_subquery_electronics_reviewers
SELECT customer_id, first_name, last_name, country
FROM customers
WHERE customer_id IN (
    SELECT r.customer_id
    FROM reviews r
    JOIN products p ON p.product_id = r.product_id
    JOIN categories c ON c.category_id = p.category_id
    WHERE c.name = 'Electronics' AND r.rating = 5
)
ORDER BY last_name, first_name

--- exists_customers_with_failed_payment
SELECT c.customer_id, c.first_name, c.last_name, c.segment
FROM customers c
WHERE EXISTS (
    SELECT 1
    FROM orders o
    JOIN payments pay ON pay.order_id = o.order_id
    WHERE o.customer_id = c.customer_id AND pay.status = 'failed'
)
ORDER BY c.customer_id

--- not_exists_products_never_ordered
SELECT p.product_id, p.sku, p.name, p.created_at
FROM products p
WHERE NOT EXISTS (SELECT 1 FROM order_items oi WHERE oi.product_id = p.product_id)
ORDER BY p.created_at

--- correlated_orders_above_customer_average
SELECT o.order_id, o.customer_id, o.total_amount
FROM orders o
WHERE o.total_amount > 2 * (
    SELECT avg(o2.total_amount) FROM orders o2 WHERE o2.customer_id = o.customer_id
)
ORDER BY o.total_amount DESC
LIMIT 50

--- quantified_all_subquery
SELECT name, price
FROM products
WHERE price > ALL (SELECT price FROM products WHERE category_id = 2)
  AND category_id <> 2
ORDER BY price

--- not_in_subquery_inactive_suppliers
SELECT supplier_id, name, country
FROM suppliers
WHERE supplier_id NOT IN (SELECT supplier_id FROM products WHERE is_active AND supplier_id IS NOT NULL)
ORDER BY name

--- lateral_latest_orders_per_vip
SELECT c.customer_id, c.last_name, recent.order_id, recent.order_date, recent.total_amount
FROM customers c
CROSS JOIN LATERAL (
    SELECT o.order_id, o.order_date, o.total_amount
    FROM orders o
    WHERE o.customer_id = c.customer_id
    ORDER BY o.order_date DESC
    LIMIT 3
) recent
WHERE c.segment = 'vip'
ORDER BY c.customer_id, recent.order_date DESC

--- union_countries_customers_suppliers
SELECT country, 'customer' AS party FROM customers
UNION
SELECT country, 'supplier' AS party FROM suppliers
ORDER BY country, party

--- union_all_activity_by_month
SELECT activity_month, activity, count(*) AS events
FROM (
    SELECT date_trunc('month', order_date) AS activity_month, 'order' AS activity FROM orders
    UNION ALL
    SELECT date_trunc('month', review_date), 'review' FROM reviews
    UNION ALL
    SELECT date_trunc('month', payment_date), 'payment' FROM payments
) a
GROUP BY activity_month, activity
ORDER BY activity_month, activity

--- intersect_buyers_who_reviewed
SELECT customer_id FROM orders WHERE status = 'delivered'
INTERSECT
SELECT customer_id FROM reviews

--- except_buyers_never_reviewed
SELECT count(*) AS silent_buyers
FROM (
    SELECT customer_id FROM orders
    EXCEPT
    SELECT customer_id FROM reviews
) t

--- grouping_sets_country_status
SELECT shipping_country, status,
       count(*) AS orders,
       sum(total_amount) AS revenue,
       GROUPING(shipping_country, status) AS grouping_level
FROM orders
GROUP BY GROUPING SETS ((shipping_country, status), (shipping_country), (status), ())
ORDER BY grouping_level, shipping_country, status

--- rollup_year_quarter_revenue
SELECT yr, qtr,
       sum(total_amount) AS revenue,
       CASE WHEN GROUPING(qtr) = 1 AND GROUPING(yr) = 0 THEN 'year total'
            WHEN GROUPING(yr) = 1 THEN 'grand total'
            ELSE 'quarter' END AS row_type
FROM (
    SELECT EXTRACT(YEAR FROM order_date) AS yr, EXTRACT(QUARTER FROM order_date) AS qtr, total_amount
    FROM orders
) t
GROUP BY ROLLUP (yr, qtr)
ORDER BY yr NULLS LAST, qtr NULLS LAST

--- cube_segment_country
SELECT coalesce(c.segment, 'ALL') AS segment,
       coalesce(c.country, 'ALL') AS country,
       count(DISTINCT c.customer_id) AS customers,
       GROUPING(c.segment) AS seg_rollup,
       GROUPING(c.country) AS country_rollup
FROM customers c
GROUP BY CUBE (c.segment, c.country)
ORDER BY seg_rollup, country_rollup, customers DESC

--- price_band_case
SELECT CASE
           WHEN price < 20 THEN '1: under 20'
           WHEN price < 50 THEN '2: 20-50'
           WHEN price < 100 THEN '3: 50-100'
           ELSE '4: 100+'
       END AS price_band,
       count(*) AS products,
       round(avg(price - cost), 2) AS avg_margin
FROM products
GROUP BY 1
ORDER BY 1

--- status_mapping_simple_case
SELECT CASE status
           WHEN 'delivered' THEN 'fulfilled'
           WHEN 'shipped' THEN 'fulfilled'
           WHEN 'paid' THEN 'open'
           WHEN 'pending' THEN 'open'
           ELSE 'lost'
       END AS lifecycle,
       count(*) AS orders,
       sum(total_amount) AS value
FROM orders
GROUP BY 1

--- review_titles_coalesce
SELECT rating,
       count(*) AS reviews,
       count(title) AS with_title,
       count(*) - count(title) AS without_title,
       min(coalesce(title, '(no title)')) AS sample_title
FROM reviews
GROUP BY rating
ORDER BY rating DESC

--- refund_ratio_nullif
SELECT method,
       sum(CASE WHEN status = 'refunded' THEN amount ELSE 0 END) AS refunded_amount,
       sum(CASE WHEN status = 'completed' THEN amount ELSE 0 END) AS completed_amount,
       round(sum(CASE WHEN status = 'refunded' THEN amount ELSE 0 END)
             / NULLIF(sum(CASE WHEN status = 'completed' THEN amount ELSE 0 END), 0), 4) AS refund_ratio
FROM payments
GROUP BY method

--- orders_last_90_days_interval
SELECT shipping_country, count(*) AS orders, sum(total_amount) AS revenue
FROM orders
WHERE order_date >= current_date - INTERVAL '90' DAY
GROUP BY shipping_country
ORDER BY revenue DESC

--- signup_to_first_order_days
WITH first_order AS (
    SELECT customer_id, min(order_date) AS first_order_date
    FROM orders
    GROUP BY customer_id
)
SELECT c.segment,
       count(*) AS customers,
       avg(date_diff('day', c.signup_date, f.first_order_date)) AS avg_days_to_first_order,
       sum(CASE WHEN date_diff('day', c.signup_date, f.first_order_date) <= 7 THEN 1 ELSE 0 END) AS converted_within_week
FROM customers c
JOIN first_order f ON f.customer_id = c.customer_id
GROUP BY c.segment

--- weekly_orders_date_trunc_week
SELECT CAST(date_trunc('week', order_date) AS DATE) AS week_start,
       count(*) AS orders,
       count(DISTINCT customer_id) AS buyers
FROM orders
WHERE order_date >= DATE '2026-01-01'
GROUP BY 1
ORDER BY 1

--- quarter_orders_between_dates
SELECT status, count(*) AS orders, sum(total_amount) AS revenue
FROM orders
WHERE order_date BETWEEN DATE '2025-01-01' AND DATE '2025-03-31'
GROUP BY status
ORDER BY orders DESC

--- late_payments_interval_add
SELECT p.payment_id, p.order_id, o.order_date, p.payment_date, p.method
FROM payments p
JOIN orders o ON o.order_id = p.order_id
WHERE p.payment_date > o.order_date + INTERVAL '3' DAY
ORDER BY date_diff('day', o.order_date, p.payment_date) DESC, p.payment_id
LIMIT 100

--- year_month_functions
SELECT year(order_date) AS yr, month(order_date) AS mon, quarter(order_date) AS q,
       count(*) AS orders
FROM orders
GROUP BY year(order_date), month(order_date), quarter(order_date)
ORDER BY yr, mon

--- customer_tenure_buckets
SELECT CASE
           WHEN signup_date >= DATE '2026-12-02' - INTERVAL '3' MONTH THEN 'new (<3m)'
           WHEN signup_date >= DATE '2026-12-02' - INTERVAL '1' YEAR THEN 'established (3-12m)'
           ELSE 'loyal (>1y)'
       END AS tenure,
       count(*) AS customers
FROM customers
GROUP BY 1
ORDER BY 2 DESC

--- day_of_month_pattern_extract
SELECT EXTRACT(DAY FROM order_date) AS day_of_month,
       count(*) AS orders,
       round(avg(total_amount), 2) AS avg_value
FROM orders
GROUP BY EXTRACT(DAY FROM order_date)
ORDER BY day_of_month

--- sku_prefix_string_functions
SELECT upper(substring(sku FROM 1 FOR 3)) AS sku_prefix,
       split_part(sku, '-', 2) AS sku_number_sample,
       length(sku) AS sku_length,
       count(*) AS products
FROM products
GROUP BY upper(substring(sku FROM 1 FOR 3)), split_part(sku, '-', 2), length(sku)
ORDER BY sku_prefix
LIMIT 50

--- customer_display_names
SELECT customer_id,
       concat(upper(substr(first_name, 1, 1)), '. ', last_name) AS display_name,
       lower(trim(city)) AS city_key,
       replace(country, ' ', '_') AS country_code_like,
       lpad(CAST(customer_id AS VARCHAR), 8, '0') AS customer_ref
FROM customers
ORDER BY customer_id
LIMIT 100

--- product_name_search_like
SELECT product_id, name, price
FROM products
WHERE lower(name) LIKE '%wireless%'
   OR name LIKE 'Premium %'
ORDER BY price DESC

--- strpos_position_title_words
SELECT review_id, title,
       strpos(title, ' ') AS first_space,
       CASE WHEN strpos(title, ' ') > 0 THEN substr(title, 1, strpos(title, ' ') - 1) ELSE title END AS first_word,
       position('quality' IN lower(title)) > 0 AS mentions_quality
FROM reviews
WHERE title IS NOT NULL
ORDER BY review_id
LIMIT 100

--- starts_with_reverse_translate
SELECT name,
       starts_with(name, 'Pro') AS is_pro_line,
       reverse(sku) AS reversed_sku,
       translate(sku, '-', '/') AS sku_slash
FROM products
WHERE category_id IN (1, 10)
ORDER BY name

--- concat_ws_supplier_label
SELECT concat_ws(' / ', s.name, s.country) AS supplier_label,
       count(p.product_id) AS products
FROM suppliers s
LEFT JOIN products p ON p.supplier_id = s.supplier_id
GROUP BY concat_ws(' / ', s.name, s.country)
ORDER BY products DESC

--- regexp_extract_sku_parts
SELECT regexp_extract(sku, '^([A-Z]+)-', 1) AS sku_family,
       min(CAST(regexp_extract(sku, '([0-9]+)$', 1) AS INTEGER)) AS min_sku_no,
       max(CAST(regexp_extract(sku, '([0-9]+)$', 1) AS INTEGER)) AS max_sku_no,
       count(*) AS products
FROM products
GROUP BY regexp_extract(sku, '^([A-Z]+)-', 1)
ORDER BY sku_family

--- regexp_replace_normalise_names
SELECT product_id,
       name,
       regexp_replace(name, '^(Compact|Pro|Premium|Family-Size) ', '') AS base_product
FROM products
ORDER BY base_product, product_id

--- regexp_matches_sku_validation
-- duckdb name: regexp_matches (Trino spells it regexp_like)
SELECT count(*) AS total_products,
       count(*) FILTER (WHERE regexp_matches(sku, '^[A-Z]{3}-[0-9]{5}$')) AS well_formed_skus
FROM products

--- regexp_extract_all_digits_in_titles
SELECT review_id, title, regexp_extract_all(title, '[A-Za-z]+') AS words,
       cardinality(regexp_extract_all(title, '[A-Za-z]+')) AS word_count
FROM reviews
WHERE title IS NOT NULL
ORDER BY word_count DESC, review_id
LIMIT 20

--- json_campaign_config_extract
WITH campaigns (campaign, config) AS (
    VALUES ('spring_sale', '{"category": "Garden", "discount_pct": 15, "channels": ["newsletter", "web"]}'),
           ('back_to_school', '{"category": "Office Supplies", "discount_pct": 10, "channels": ["web"]}'),
           ('summer_fitness', '{"category": "Sports & Outdoors", "discount_pct": 20, "channels": ["web", "app", "social"]}')
)
SELECT cmp.campaign,
       c.name AS category,
       CAST(json_extract(cmp.config, '$.discount_pct') AS INTEGER) AS discount_pct,
       json_array_length(json_extract(cmp.config, '$.channels')) AS channel_count,
       count(p.product_id) AS products_in_scope
FROM campaigns cmp
JOIN categories c ON c.name = json_extract_string(cmp.config, '$.category')
LEFT JOIN products p ON p.category_id = c.category_id AND p.is_active
GROUP BY cmp.campaign, c.name, cmp.config
ORDER BY cmp.campaign

--- json_extract_string_event_payloads
-- duckdb name: json_extract_string (Trino spells it json_extract_scalar)
SELECT json_extract_string(payload, '$.event') AS event,
       count(*) AS events,
       sum(CAST(json_extract(payload, '$.value') AS DOUBLE)) AS total_value
FROM (
    VALUES ('{"event": "add_to_cart", "value": 19.99}'),
           ('{"event": "add_to_cart", "value": 5.00}'),
           ('{"event": "checkout", "value": 24.99}')
) AS t (payload)
GROUP BY json_extract_string(payload, '$.event')

--- unnest_array_literal_statuses
SELECT s.status, count(o.order_id) AS orders
FROM UNNEST(ARRAY['pending', 'paid', 'shipped', 'delivered', 'returned', 'cancelled']) AS s (status)
LEFT JOIN orders o ON o.status = s.status
GROUP BY s.status
ORDER BY orders DESC

--- cross_join_unnest_category_keywords
SELECT c.name AS category, trim(kw.keyword) AS keyword
FROM categories c
CROSS JOIN UNNEST(split(c.description, ',')) AS kw (keyword)
ORDER BY c.name, keyword

--- unnest_with_ordinality_keyword_position
SELECT c.name, kw.keyword, kw.pos
FROM categories c
CROSS JOIN UNNEST(split(c.description, ', ')) WITH ORDINALITY AS kw (keyword, pos)
WHERE kw.pos <= 2
ORDER BY c.name, kw.pos

--- array_agg_order_products_per_order
SELECT o.order_id,
       array_agg(p.name ORDER BY p.name) AS products,
       cardinality(array_agg(p.product_id)) AS line_count
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.order_date = DATE '2025-06-15'
GROUP BY o.order_id
ORDER BY line_count DESC, o.order_id

--- array_contains_and_distinct
WITH baskets AS (
    SELECT order_id, array_agg(product_id) AS items
    FROM order_items
    GROUP BY order_id
)
SELECT count(*) AS baskets_with_mouse,
       avg(cardinality(array_distinct(items))) AS avg_distinct_items
FROM baskets
WHERE contains(items, 1)

--- stats_price_vs_cost
SELECT c.name AS category,
       round(stddev(p.price), 2) AS price_stddev,
       round(variance(p.price), 2) AS price_variance,
       round(corr(p.price, p.cost), 4) AS price_cost_corr,
       round(regr_slope(p.price, p.cost), 4) AS markup_slope,
       round(covar_samp(p.price, p.cost), 2) AS price_cost_covar
FROM products p
JOIN categories c ON c.category_id = p.category_id
GROUP BY c.name
ORDER BY price_cost_corr

--- order_value_distribution_stats
SELECT shipping_country,
       count(*) AS orders,
       round(avg(total_amount), 2) AS mean_value,
       round(stddev_samp(total_amount), 2) AS sd_value,
       round(stddev_pop(total_amount), 2) AS sd_pop_value,
       min(total_amount) AS min_value,
       max(total_amount) AS max_value
FROM orders
GROUP BY shipping_country
HAVING count(*) > 100
ORDER BY sd_value DESC

--- max_by_min_by_best_product_per_category
SELECT c.name AS category,
       max_by(p.name, p.price - p.cost) AS highest_margin_product,
       max(p.price - p.cost) AS highest_margin,
       min_by(p.name, p.price) AS cheapest_product,
       min(p.price) AS cheapest_price
FROM products p
JOIN categories c ON c.category_id = p.category_id
GROUP BY c.name
ORDER BY c.name

--- bool_and_count_if_supplier_health
SELECT s.name AS supplier,
       count(*) AS products,
       count_if(p.stock_quantity = 0) AS out_of_stock,
       bool_and(p.is_active) AS all_active,
       bool_or(p.stock_quantity < 10) AS any_low_stock
FROM suppliers s
JOIN products p ON p.supplier_id = s.supplier_id
GROUP BY s.name
ORDER BY out_of_stock DESC, supplier

--- approx_and_exact_distinct_buyers
-- duckdb names: approx_count_distinct / median / approx_quantile (Trino: approx_distinct / approx_percentile)
SELECT shipping_country,
       count(DISTINCT customer_id) AS exact_buyers,
       approx_count_distinct(customer_id) AS approx_buyers,
       median(total_amount) AS median_order_value,
       approx_quantile(total_amount, 0.9) AS p90_order_value
FROM orders
GROUP BY shipping_country
ORDER BY exact_buyers DESC

--- string_agg_categories_per_supplier
-- duckdb name: string_agg (Trino: listagg ... WITHIN GROUP / array_join(array_agg(...)))
SELECT s.name AS supplier,
       string_agg(DISTINCT c.name, ', ') AS categories_supplied
FROM suppliers s
JOIN products p ON p.supplier_id = s.supplier_id
JOIN categories c ON c.category_id = p.category_id
GROUP BY s.name
ORDER BY s.name

--- nulls_last_ordering_review_dates
SELECT p.product_id, p.name, max(r.review_date) AS last_review_date
FROM products p
LEFT JOIN reviews r ON r.product_id = p.product_id
GROUP BY p.product_id, p.name
ORDER BY last_review_date DESC NULLS LAST, p.product_id
LIMIT 30

--- pagination_offset_limit
SELECT order_id, customer_id, order_date, total_amount
FROM orders
WHERE status = 'delivered'
ORDER BY order_date DESC, order_id DESC
OFFSET 40
LIMIT 20

--- fetch_first_rows_only
SELECT product_id, name, stock_quantity
FROM products
WHERE is_active
ORDER BY stock_quantity DESC
FETCH FIRST 10 ROWS ONLY

--- offset_fetch_next
SELECT customer_id, last_name, signup_date
FROM customers
ORDER BY signup_date, customer_id
OFFSET 100 ROWS
FETCH NEXT 25 ROWS ONLY

--- values_segment_targets
SELECT t.segment, t.target_aov,
       round(avg(o.total_amount), 2) AS actual_aov,
       round(avg(o.total_amount) - t.target_aov, 2) AS gap
FROM (VALUES ('consumer', 150.00), ('business', 400.00), ('vip', 600.00)) AS t (segment, target_aov)
JOIN customers c ON c.segment = t.segment
JOIN orders o ON o.customer_id = c.customer_id
GROUP BY t.segment, t.target_aov
ORDER BY t.segment

--- values_region_mapping
WITH region_map (country, region) AS (
    VALUES ('United States', 'Americas'), ('Brazil', 'Americas'), ('Canada', 'Americas'),
           ('United Kingdom', 'EMEA'), ('Germany', 'EMEA'), ('Netherlands', 'EMEA'),
           ('France', 'EMEA'), ('Italy', 'EMEA'), ('Spain', 'EMEA'), ('Switzerland', 'EMEA'),
           ('Japan', 'APAC'), ('Australia', 'APAC'), ('India', 'APAC')
)
SELECT coalesce(rm.region, 'Other') AS region,
       count(*) AS orders,
       sum(o.total_amount) AS revenue
FROM orders o
LEFT JOIN region_map rm ON rm.country = o.shipping_country
GROUP BY coalesce(rm.region, 'Other')
ORDER BY revenue DESC

--- cross_join_one_row_aggregate
SELECT p.product_id, p.name, p.price,
       round(p.price / stats.avg_price, 2) AS price_index,
       CASE WHEN p.price > stats.avg_price + 2 * stats.sd_price THEN 'outlier' ELSE 'normal' END AS price_flag
FROM products p
CROSS JOIN (SELECT avg(price) AS avg_price, stddev(price) AS sd_price FROM products) stats
ORDER BY price_index DESC
LIMIT 20

--- distinct_shipping_destinations
SELECT DISTINCT shipping_country, shipping_city
FROM orders
WHERE shipping_country IN ('Germany', 'Japan')
ORDER BY shipping_country, shipping_city

--- count_distinct_multiple
SELECT EXTRACT(YEAR FROM order_date) AS yr,
       count(DISTINCT customer_id) AS buyers,
       count(DISTINCT shipping_country) AS countries,
       count(DISTINCT shipping_city) AS cities,
       count(*) AS orders
FROM orders
GROUP BY EXTRACT(YEAR FROM order_date)
ORDER BY yr

--- filter_clause_status_pivot
SELECT date_trunc('month', order_date) AS month,
       count(*) FILTER (WHERE status = 'delivered') AS delivered,
       count(*) FILTER (WHERE status = 'returned') AS returned,
       count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
       sum(total_amount) FILTER (WHERE status = 'returned') AS returned_value,
       round(100.0 * count(*) FILTER (WHERE status = 'returned') / count(*), 2) AS return_rate_pct
FROM orders
GROUP BY date_trunc('month', order_date)
ORDER BY month

--- rating_histogram_pivot_sum_case
SELECT p.category_id,
       sum(CASE WHEN r.rating = 1 THEN 1 ELSE 0 END) AS one_star,
       sum(CASE WHEN r.rating = 2 THEN 1 ELSE 0 END) AS two_star,
       sum(CASE WHEN r.rating = 3 THEN 1 ELSE 0 END) AS three_star,
       sum(CASE WHEN r.rating = 4 THEN 1 ELSE 0 END) AS four_star,
       sum(CASE WHEN r.rating = 5 THEN 1 ELSE 0 END) AS five_star
FROM reviews r
JOIN products p ON p.product_id = r.product_id
GROUP BY p.category_id
ORDER BY p.category_id

--- reviews_by_verified_buyers
SELECT r.rating,
       count(*) AS reviews,
       count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
           WHERE o.customer_id = r.customer_id AND oi.product_id = r.product_id
       )) AS from_buyers
FROM reviews r
GROUP BY r.rating
ORDER BY r.rating

--- try_cast_and_if
SELECT sku,
       try_cast(split_part(sku, '-', 2) AS INTEGER) AS sku_number,
       if(stock_quantity > 0, 'in stock', 'out of stock') AS availability,
       greatest(price - cost, 0) AS non_negative_margin,
       least(stock_quantity, 100) AS capped_stock
FROM products
ORDER BY product_id
LIMIT 50

--- is_distinct_from_shipping_city
SELECT count(*) AS orders_shipped_elsewhere
FROM orders o
JOIN customers c ON c.customer_id = o.customer_id
WHERE o.shipping_city IS DISTINCT FROM c.city

--- average_basket_size
SELECT round(avg(items), 2) AS avg_lines_per_order,
       round(avg(units), 2) AS avg_units_per_order,
       max(units) AS max_units
FROM (
    SELECT order_id, count(*) AS items, sum(quantity) AS units
    FROM order_items
    GROUP BY order_id
) baskets

--- product_pairs_bought_together
SELECT a.product_id AS product_a, b.product_id AS product_b, count(*) AS orders_together
FROM order_items a
JOIN order_items b ON a.order_id = b.order_id AND a.product_id < b.product_id
GROUP BY a.product_id, b.product_id
HAVING count(*) >= 5
ORDER BY orders_together DESC
LIMIT 25

--- new_vs_returning_revenue
WITH firsts AS (
    SELECT customer_id, min(order_date) AS first_date FROM orders GROUP BY customer_id
)
SELECT date_trunc('month', o.order_date) AS month,
       sum(CASE WHEN o.order_date = f.first_date THEN o.total_amount ELSE 0 END) AS new_customer_revenue,
       sum(CASE WHEN o.order_date > f.first_date THEN o.total_amount ELSE 0 END) AS returning_customer_revenue
FROM orders o
JOIN firsts f ON f.customer_id = o.customer_id
GROUP BY date_trunc('month', o.order_date)
ORDER BY month

--- churned_customers_no_recent_orders
SELECT c.customer_id, c.first_name, c.last_name, c.segment, max(o.order_date) AS last_order_date
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.first_name, c.last_name, c.segment
HAVING max(o.order_date) < DATE '2026-12-02' - INTERVAL '180' DAY
ORDER BY last_order_date
LIMIT 100

--- rfm_scores
WITH rfm AS (
    SELECT customer_id,
           date_diff('day', max(order_date), DATE '2026-12-02') AS recency_days,
           count(*) AS frequency,
           sum(total_amount) AS monetary
    FROM orders
    WHERE status <> 'cancelled'
    GROUP BY customer_id
)
SELECT customer_id, recency_days, frequency, monetary,
       ntile(5) OVER (ORDER BY recency_days DESC) AS r_score,
       ntile(5) OVER (ORDER BY frequency) AS f_score,
       ntile(5) OVER (ORDER BY monetary) AS m_score
FROM rfm
ORDER BY monetary DESC
LIMIT 100

--- mixed_case_quoted_identifiers
select "c"."name" as "Category", count(*) as "Active Products"
from "main"."products" as "p"
join "main"."categories" as "c" on "c"."category_id" = "p"."category_id"
where "p"."is_active" = true
group by "c"."name"
order by 2 desc;

--- catalog_qualified_table_names
SELECT o.status, count(*) AS orders
FROM sample.main.orders AS o
JOIN main.payments AS pay ON pay.order_id = o.order_id
WHERE pay.method = 'paypal'
GROUP BY o.status
ORDER BY orders DESC;

--- commented_query_block_comments
/* Weekly ops check: returned orders and their refund coverage */
SELECT o.order_id,
       o.total_amount,          -- order value
       sum(p.amount) AS refunded -- refunds recorded against it
FROM orders o
LEFT JOIN payments p ON p.order_id = o.order_id AND p.status = 'refunded'
WHERE o.status = 'returned'
GROUP BY o.order_id, o.total_amount
ORDER BY o.order_id
LIMIT 50

--- select_star_orders_recent
SELECT *
FROM orders
WHERE order_date >= DATE '2026-11-25'
ORDER BY order_date DESC, order_id

--- select_star_payments_join_orders_star
SELECT o.*, p.method, p.status AS payment_status
FROM orders o
JOIN payments p ON p.order_id = o.order_id
WHERE o.total_amount > 1000
ORDER BY o.total_amount DESC
LIMIT 20

--- information_schema_order_columns
SELECT column_name, data_type, is_nullable
FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = 'orders'
ORDER BY ordinal_position

--- describe_orders
DESCRIBE orders

--- show_tables
SHOW TABLES

--- show_tables_from_schema
SHOW TABLES FROM main

--- explain_revenue_query
EXPLAIN
SELECT shipping_country, sum(total_amount) AS revenue
FROM orders
GROUP BY shipping_country

--- explain_analyze_join
EXPLAIN ANALYZE
SELECT c.segment, count(*) AS orders
FROM orders o
JOIN customers c ON c.customer_id = o.customer_id
GROUP BY c.segment

--- table_statement_categories
TABLE categories

--- top_level_values_lookup
VALUES (1, 'Electronics'), (2, 'Books'), (3, 'Clothing')

--- weekday_profile_lower_case_extract
SELECT extract(dow FROM order_date) AS weekday,
       extract(year FROM order_date) AS order_year,
       count(*) AS orders
FROM orders
GROUP BY extract(dow FROM order_date), extract(year FROM order_date)
ORDER BY order_year, weekday

--- day_of_year_mixed_case_extract
SELECT Extract(Doy FROM order_date) AS day_of_year, count(*) AS orders
FROM orders
GROUP BY Extract(Doy FROM order_date)
ORDER BY day_of_year
