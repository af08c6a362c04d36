package io.sqlassist.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic 1,000-table data lake over 30 business domains: about 180 core tables written by hand, the
 * rest the copies a real lake accumulates (history, snapshots, staging, aggregates …) with the same columns
 * and words, so that they compete with the core tables for every question.
 */
final class LargeCatalogFixture {
    static final String DATABASE = "lake";
    static final int TABLES = 1_000;

    private static final String[][] VARIANTS = {
        {"history", "Change history (SCD2) of"},
        {"daily_snapshot", "Daily snapshot of"},
        {"staging", "Raw staging load, not deduplicated, of"},
        {"agg_monthly", "Monthly aggregate of"},
        {"archive", "Archived rows older than two years of"},
        {"dq_results", "Data quality check results for"},
        {"cdc_log", "Change data capture log of"},
    };

    private LargeCatalogFixture() {
    }

    static Catalog build() {
        List<TableSchema> core = core();
        List<TableSchema> tables = new ArrayList<>(core);
        // Pairs (base, variant) are distinct for v < core × variants: every core table gets 5-6 copies.
        for (int v = 0; tables.size() < TABLES; v++) {
            TableSchema base = core.get(v % core.size());
            String[] variant = VARIANTS[(v / core.size() + 3 * (v % core.size())) % VARIANTS.length];
            List<Column> columns = new ArrayList<>(base.columns());
            columns.add(columns.size() - 1, new Column("loaded_at", "TIMESTAMP", "when the pipeline wrote the row"));
            tables.add(new TableSchema(DATABASE, base.name() + "_" + variant[0],
                    variant[1] + " " + lowerFirst(base.comment()), columns, List.of(), List.of()));
        }
        return new Catalog(tables);
    }

    private static List<TableSchema> core() {
        List<TableSchema> t = new ArrayList<>();
        // sales
        t.add(table("sales_orders", "Customer orders; total_amount is the order revenue",
                "order_id", "customer_id", "region_id", "sales_rep_id", "order_date", "total_amount",
                "discount_amount", "currency", "status"));
        t.add(table("sales_order_items", "Order lines: one row per product on an order",
                "order_item_id", "order_id", "product_id", "quantity", "unit_price", "line_amount"));
        t.add(table("sales_regions", "Sales territories", "region_id", "region_name", "country_code",
                "region_manager"));
        t.add(table("sales_reps", "Sales representatives and their territory", "sales_rep_id", "full_name",
                "region_id", "hire_date", "quota_amount"));
        t.add(table("sales_quotas", "Quarterly quota per sales representative", "quota_id", "sales_rep_id",
                "quarter", "quota_amount"));
        t.add(table("sales_returns", "Returned orders and refunds issued", "return_id", "order_id",
                "return_date", "refund_amount", "reason"));
        // crm
        t.add(table("crm_customers", "Customer master: one row per customer account", "customer_id",
                "customer_name", "segment", "industry", "country_code", "signup_date", "lifetime_value"));
        t.add(table("crm_contacts", "People at customer accounts", "contact_id", "customer_id", "email",
                "phone", "job_title"));
        t.add(table("crm_opportunities", "Sales pipeline deals; stage closed_won or closed_lost when decided",
                "opportunity_id", "customer_id", "sales_rep_id", "stage", "expected_close_date",
                "pipeline_amount"));
        t.add(table("crm_leads", "Marketing and inbound leads", "lead_id", "source_channel", "campaign_id",
                "created_at", "lead_score", "converted_customer_id"));
        t.add(table("crm_interactions", "Calls, meetings and emails with customers", "interaction_id",
                "customer_id", "contact_id", "channel", "interaction_at", "notes"));
        // hr
        t.add(table("hr_employees", "Employee master with hire and termination dates", "employee_id",
                "full_name", "department_id", "job_title_id", "manager_employee_id", "hire_date",
                "termination_date", "location_city", "employment_type"));
        t.add(table("hr_departments", "Organisational departments", "department_id", "department_name",
                "cost_center_id", "head_employee_id"));
        t.add(table("hr_salaries", "Salary history per employee", "salary_id", "employee_id",
                "effective_date", "base_salary", "bonus_amount", "currency"));
        t.add(table("hr_job_titles", "Job titles, levels and families", "job_title_id", "title", "job_level",
                "job_family"));
        t.add(table("hr_absences", "Leave and sick days", "absence_id", "employee_id", "absence_type",
                "start_date", "end_date", "days"));
        t.add(table("hr_performance_reviews", "Annual performance reviews", "review_id", "employee_id",
                "reviewer_employee_id", "review_date", "rating"));
        // recruiting
        t.add(table("recruiting_requisitions", "Open job requisitions", "requisition_id", "department_id",
                "job_title_id", "opened_date", "status"));
        t.add(table("recruiting_candidates", "Job candidates", "candidate_id", "full_name", "source_channel",
                "applied_date"));
        t.add(table("recruiting_applications", "Candidate applications to requisitions", "application_id",
                "candidate_id", "requisition_id", "stage", "applied_date"));
        t.add(table("recruiting_interviews", "Interviews held", "interview_id", "application_id",
                "interviewer_employee_id", "interview_date", "score"));
        t.add(table("recruiting_offers", "Job offers made", "offer_id", "application_id", "offer_date",
                "offered_salary", "is_accepted"));
        // logistics
        t.add(table("logistics_shipments", "Outbound shipments of orders", "shipment_id", "order_id",
                "carrier_id", "warehouse_id", "shipped_at", "delivered_at", "shipping_cost", "weight_kg",
                "destination_country"));
        t.add(table("logistics_carriers", "Parcel and freight carriers", "carrier_id", "carrier_name",
                "service_level"));
        t.add(table("logistics_tracking_events", "Carrier tracking scans", "tracking_event_id", "shipment_id",
                "event_type", "event_at", "location"));
        t.add(table("logistics_routes", "Line-haul routes", "route_id", "origin_warehouse_id",
                "destination_city", "distance_km"));
        t.add(table("logistics_delivery_exceptions", "Late, lost or damaged deliveries", "exception_id",
                "shipment_id", "exception_type", "reported_at"));
        // inventory
        t.add(table("inventory_warehouses", "Warehouses and distribution centres", "warehouse_id",
                "warehouse_name", "city", "country_code", "capacity_units"));
        t.add(table("inventory_stock_levels", "Stock on hand per warehouse and product per day",
                "stock_level_id", "warehouse_id", "product_id", "snapshot_date", "on_hand_units",
                "reserved_units"));
        t.add(table("inventory_products", "Product catalogue with cost and list price", "product_id",
                "product_name", "category_id", "brand", "unit_cost", "list_price"));
        t.add(table("inventory_categories", "Product category tree", "category_id", "category_name",
                "parent_category_id"));
        t.add(table("inventory_adjustments", "Stock corrections and write-offs", "adjustment_id",
                "warehouse_id", "product_id", "adjusted_at", "quantity_delta", "reason"));
        // procurement
        t.add(table("procurement_suppliers", "Suppliers and vendors", "supplier_id", "supplier_name",
                "country_code", "rating"));
        t.add(table("procurement_purchase_orders", "Purchase orders sent to suppliers", "purchase_order_id",
                "supplier_id", "warehouse_id", "order_date", "total_cost", "status"));
        t.add(table("procurement_purchase_order_lines", "Purchase order lines", "purchase_order_line_id",
                "purchase_order_id", "product_id", "quantity", "unit_cost"));
        t.add(table("procurement_contracts", "Supplier framework contracts", "contract_id", "supplier_id",
                "start_date", "end_date", "contract_value"));
        t.add(table("procurement_supplier_invoices", "Invoices received from suppliers",
                "supplier_invoice_id", "supplier_id", "purchase_order_id", "invoice_date", "amount_due"));
        // marketing
        t.add(table("marketing_campaigns", "Marketing campaigns", "campaign_id", "campaign_name", "channel_id",
                "start_date", "end_date", "budget_amount"));
        t.add(table("marketing_channels", "Marketing channels (search, social, email …)", "channel_id",
                "channel_name", "channel_type"));
        t.add(table("marketing_ad_spend", "Daily advertising spend, impressions and clicks per campaign",
                "ad_spend_id", "campaign_id", "spend_date", "spend_amount", "impressions", "clicks"));
        t.add(table("marketing_email_sends", "Marketing emails sent", "email_send_id", "campaign_id",
                "customer_id", "sent_at", "is_opened", "is_clicked"));
        t.add(table("marketing_web_sessions", "Website sessions with attribution", "session_id",
                "customer_id", "campaign_id", "landing_page", "session_start_at", "pageviews"));
        t.add(table("marketing_conversions", "Attributed conversions", "conversion_id", "session_id",
                "campaign_id", "order_id", "converted_at", "conversion_value"));
        // finance
        t.add(table("finance_gl_accounts", "General ledger chart of accounts", "gl_account_id",
                "account_number", "account_name", "account_type"));
        t.add(table("finance_journal_entries", "General ledger postings (actuals)", "journal_entry_id",
                "gl_account_id", "cost_center_id", "posting_date", "debit_amount", "credit_amount"));
        t.add(table("finance_cost_centers", "Cost centres", "cost_center_id", "cost_center_name",
                "department_id"));
        t.add(table("finance_budgets", "Budget per cost centre, fiscal year and month", "budget_id",
                "cost_center_id", "fiscal_year", "fiscal_month", "budget_amount"));
        t.add(table("finance_exchange_rates", "Daily currency exchange rates to USD", "exchange_rate_id",
                "currency", "rate_date", "rate_to_usd"));
        // billing
        t.add(table("billing_invoices", "Customer invoices with due date and status (open, paid, overdue)",
                "invoice_id", "customer_id", "subscription_id", "invoice_date", "due_date", "invoice_amount",
                "tax_amount", "status"));
        t.add(table("billing_invoice_lines", "Invoice lines", "invoice_line_id", "invoice_id", "plan_id",
                "quantity", "line_amount"));
        t.add(table("billing_subscriptions", "Customer subscriptions and their monthly recurring revenue",
                "subscription_id", "customer_id", "plan_id", "start_date", "end_date",
                "monthly_recurring_revenue", "status"));
        t.add(table("billing_plans", "Subscription price plans", "plan_id", "plan_name", "billing_period",
                "list_price"));
        t.add(table("billing_credit_notes", "Credit notes against invoices", "credit_note_id", "invoice_id",
                "issued_date", "credit_amount"));
        // payments
        t.add(table("payments_transactions", "Card and bank payments received", "transaction_id", "invoice_id",
                "customer_id", "payment_method_id", "paid_at", "amount", "currency", "status"));
        t.add(table("payment_methods", "Payment methods (card, SEPA, wire …)", "payment_method_id",
                "method_type", "card_brand"));
        t.add(table("payments_refunds", "Refunds of payments", "refund_id", "transaction_id", "refunded_at",
                "refund_amount", "reason"));
        t.add(table("payments_chargebacks", "Disputed payments", "chargeback_id", "transaction_id",
                "opened_at", "dispute_amount", "outcome"));
        t.add(table("payments_fraud_scores", "Fraud model score per payment", "fraud_score_id",
                "transaction_id", "score", "model_version"));
        // support
        t.add(table("support_tickets", "Customer support tickets", "ticket_id", "customer_id", "agent_id",
                "product_id", "priority", "category", "opened_at", "resolved_at", "status"));
        t.add(table("support_agents", "Support agents and their team", "agent_id", "full_name", "team",
                "hire_date"));
        t.add(table("support_ticket_comments", "Comments on tickets", "comment_id", "ticket_id",
                "author_agent_id", "created_at", "body"));
        t.add(table("support_csat_surveys", "Customer satisfaction (CSAT) survey answers after a ticket",
                "survey_id", "ticket_id", "rating", "responded_at"));
        t.add(table("support_sla_policies", "Response and resolution targets per priority", "sla_policy_id",
                "priority", "response_minutes", "resolution_hours"));
        // iot
        t.add(table("iot_devices", "Connected devices and where they are installed", "device_id",
                "device_model", "site_id", "installed_date", "firmware_version"));
        t.add(table("iot_sensor_readings", "Sensor measurements (temperature, humidity, vibration …)",
                "reading_id", "device_id", "sensor_type", "reading_at", "reading_value", "unit"));
        t.add(table("iot_sites", "Physical sites", "site_id", "site_name", "city", "country_code"));
        t.add(table("iot_alerts", "Device alerts with severity (info, warning, critical)", "alert_id",
                "device_id", "alert_type", "severity", "raised_at", "cleared_at"));
        t.add(table("iot_firmware_releases", "Firmware versions released", "firmware_release_id",
                "firmware_version", "released_date", "notes"));
        // manufacturing
        t.add(table("manufacturing_plants", "Factories", "plant_id", "plant_name", "country_code"));
        t.add(table("manufacturing_work_orders", "Production work orders", "work_order_id", "plant_id",
                "product_id", "planned_quantity", "produced_quantity", "start_at", "end_at"));
        t.add(table("manufacturing_machines", "Machines on the shop floor", "machine_id", "plant_id",
                "machine_type", "commissioned_date"));
        t.add(table("manufacturing_downtime_events", "Machine stoppages", "downtime_event_id", "machine_id",
                "started_at", "ended_at", "downtime_minutes", "cause"));
        t.add(table("manufacturing_bill_of_materials", "Components per finished product", "bom_id",
                "product_id", "component_product_id", "quantity"));
        // quality
        t.add(table("quality_inspections", "Quality inspections of work orders", "inspection_id",
                "work_order_id", "inspector_employee_id", "inspected_at", "is_passed", "defect_count"));
        t.add(table("quality_defects", "Defects found in inspections", "defect_id", "inspection_id",
                "defect_type", "severity"));
        t.add(table("quality_capa_actions", "Corrective and preventive actions", "capa_action_id",
                "defect_id", "owner_employee_id", "due_date", "status"));
        t.add(table("quality_supplier_audits", "Supplier quality audits", "supplier_audit_id", "supplier_id",
                "audit_date", "score"));
        // ecommerce
        t.add(table("ecommerce_carts", "Web shop carts; abandoned when never checked out", "cart_id",
                "customer_id", "session_id", "created_at", "is_abandoned"));
        t.add(table("ecommerce_cart_items", "Products in carts", "cart_item_id", "cart_id", "product_id",
                "quantity"));
        t.add(table("ecommerce_product_reviews", "Product reviews and star ratings", "product_review_id",
                "product_id", "customer_id", "rating", "review_text", "reviewed_at"));
        t.add(table("ecommerce_wishlists", "Products customers saved for later", "wishlist_id", "customer_id",
                "product_id", "added_at"));
        t.add(table("ecommerce_search_queries", "Site search queries", "search_query_id", "session_id",
                "query_text", "results_count", "searched_at"));
        // retail stores
        t.add(table("retail_stores", "Physical retail stores", "store_id", "store_name", "city", "region_id",
                "opened_date", "square_meters"));
        t.add(table("retail_pos_transactions", "Point-of-sale receipts in stores", "pos_transaction_id",
                "store_id", "cashier_employee_id", "transaction_at", "total_amount", "payment_type"));
        t.add(table("retail_pos_lines", "Point-of-sale receipt lines", "pos_line_id", "pos_transaction_id",
                "product_id", "quantity", "line_amount"));
        t.add(table("retail_foot_traffic", "Visitors counted per store and hour", "foot_traffic_id",
                "store_id", "hour_start_at", "visitor_count"));
        t.add(table("retail_promotions", "In-store promotions", "promotion_id", "product_id", "store_id",
                "start_date", "end_date", "discount_pct"));
        // fleet
        t.add(table("fleet_vehicles", "Company vans and trucks", "vehicle_id", "plate_number", "vehicle_type",
                "depot_id", "purchase_date"));
        t.add(table("fleet_depots", "Vehicle depots", "depot_id", "depot_name", "city"));
        t.add(table("fleet_fuel_purchases", "Fuel bought per vehicle", "fuel_purchase_id", "vehicle_id",
                "driver_id", "purchased_at", "liters", "fuel_cost"));
        t.add(table("fleet_drivers", "Drivers", "driver_id", "full_name", "license_class", "hire_date"));
        t.add(table("fleet_maintenance_records", "Vehicle servicing", "maintenance_record_id", "vehicle_id",
                "serviced_at", "service_type", "maintenance_cost"));
        t.add(table("fleet_trips", "Vehicle trips", "trip_id", "vehicle_id", "driver_id", "started_at",
                "ended_at", "distance_km"));
        // energy
        t.add(table("energy_meters", "Electricity meters per site", "meter_id", "site_id", "meter_type",
                "installed_date"));
        t.add(table("energy_consumption", "Daily electricity consumption per meter in kWh", "consumption_id",
                "meter_id", "reading_date", "kwh", "cost_amount"));
        t.add(table("energy_tariffs", "Electricity tariffs", "tariff_id", "tariff_name", "price_per_kwh",
                "valid_from"));
        t.add(table("energy_solar_generation", "Solar power generated per site", "solar_generation_id",
                "site_id", "generation_date", "kwh_generated"));
        t.add(table("energy_carbon_emissions", "CO2 emissions per site and month", "emission_id", "site_id",
                "emission_month", "co2_tonnes", "scope"));
        // insurance
        t.add(table("insurance_policies", "Insurance policies sold, by product line", "policy_id",
                "customer_id", "product_line", "start_date", "end_date", "premium_amount"));
        t.add(table("insurance_claims", "Insurance claims filed against policies", "claim_id", "policy_id",
                "adjuster_id", "claim_date", "claim_amount", "paid_amount", "status", "loss_cause"));
        t.add(table("insurance_adjusters", "Claims adjusters", "adjuster_id", "full_name", "region_id"));
        t.add(table("insurance_claim_payments", "Payments made on claims", "claim_payment_id", "claim_id",
                "paid_date", "payment_amount"));
        // healthcare
        t.add(table("healthcare_patients", "Patients (pseudonymised)", "patient_id", "birth_date", "gender",
                "postal_code"));
        t.add(table("healthcare_encounters", "Hospital visits and admissions", "encounter_id", "patient_id",
                "provider_id", "facility_id", "admit_at", "discharge_at", "encounter_type"));
        t.add(table("healthcare_providers", "Physicians and their specialty", "provider_id", "provider_name",
                "specialty"));
        t.add(table("healthcare_diagnoses", "Diagnoses coded in ICD-10 per encounter", "diagnosis_id",
                "encounter_id", "icd10_code", "description"));
        t.add(table("healthcare_prescriptions", "Drugs prescribed", "prescription_id", "encounter_id",
                "drug_name", "dosage", "prescribed_at"));
        t.add(table("healthcare_facilities", "Hospitals and clinics", "facility_id", "facility_name", "city",
                "bed_count"));
        // education
        t.add(table("education_students", "Enrolled students", "student_id", "full_name", "enrollment_date",
                "program_id"));
        t.add(table("education_courses", "Courses offered", "course_id", "course_title", "credits",
                "department"));
        t.add(table("education_enrollments", "Student course enrollments and final grade", "enrollment_id",
                "student_id", "course_id", "term", "grade"));
        t.add(table("education_programs", "Degree programs", "program_id", "program_name", "degree_level"));
        t.add(table("education_instructors", "Teaching staff", "instructor_id", "full_name", "department"));
        // real estate
        t.add(table("real_estate_properties", "Owned buildings and units", "property_id", "address", "city",
                "property_type", "square_meters", "acquisition_date"));
        t.add(table("real_estate_leases", "Leases with monthly rent", "lease_id", "property_id", "tenant_id",
                "start_date", "end_date", "monthly_rent"));
        t.add(table("real_estate_tenants", "Tenants", "tenant_id", "tenant_name", "industry"));
        t.add(table("real_estate_maintenance_requests", "Tenant maintenance requests",
                "maintenance_request_id", "property_id", "tenant_id", "requested_at", "category",
                "resolved_at"));
        t.add(table("real_estate_valuations", "Property appraisals", "valuation_id", "property_id",
                "valuation_date", "appraised_value"));
        // hospitality
        t.add(table("hospitality_hotels", "Hotels in the group", "hotel_id", "hotel_name", "city",
                "star_rating", "room_count"));
        t.add(table("hospitality_reservations", "Room reservations (bookings) with nights and rate",
                "reservation_id", "hotel_id", "guest_id", "check_in_date", "check_out_date", "nights",
                "room_type", "nightly_rate", "booking_channel"));
        t.add(table("hospitality_guests", "Hotel guests and loyalty tier", "guest_id", "full_name",
                "loyalty_tier", "country_code"));
        t.add(table("hospitality_guest_reviews", "Guest reviews after a stay", "guest_review_id",
                "reservation_id", "rating", "review_text"));
        // media
        t.add(table("media_titles", "Films and series in the streaming catalogue", "title_id", "title_name",
                "genre", "release_date", "runtime_minutes"));
        t.add(table("media_streams", "Playback sessions", "stream_id", "title_id", "subscriber_id",
                "device_type", "started_at", "watch_minutes"));
        t.add(table("media_subscribers", "Streaming subscribers", "subscriber_id", "signup_date", "plan_id",
                "country_code"));
        t.add(table("media_content_licenses", "Licensed content and fees", "content_license_id", "title_id",
                "licensor", "start_date", "end_date", "license_fee"));
        // telecom
        t.add(table("telecom_accounts", "Telecom billing accounts", "account_id", "customer_id",
                "billing_address"));
        t.add(table("telecom_lines", "Mobile lines", "line_id", "account_id", "phone_number", "plan_name",
                "activated_date"));
        t.add(table("telecom_call_records", "Call detail records (CDR)", "call_record_id", "line_id",
                "call_start_at", "duration_seconds", "destination_country", "charge_amount"));
        t.add(table("telecom_data_usage", "Mobile data used per line and day", "data_usage_id", "line_id",
                "usage_date", "megabytes"));
        t.add(table("telecom_cell_towers", "Cell towers and their region", "cell_tower_id", "latitude",
                "longitude", "region_id"));
        t.add(table("telecom_network_outages", "Network outages per cell tower", "outage_id",
                "cell_tower_id", "started_at", "ended_at", "affected_lines"));
        // it and security
        t.add(table("it_users", "IT accounts of employees", "user_id", "username", "employee_id",
                "created_at"));
        t.add(table("it_assets", "Laptops, servers and other IT assets", "asset_id", "asset_type",
                "hostname", "owner_employee_id", "purchase_date"));
        t.add(table("it_service_requests", "IT helpdesk requests", "service_request_id", "requester_user_id",
                "asset_id", "opened_at", "closed_at", "category"));
        t.add(table("security_login_events", "Sign-in attempts with outcome and origin country",
                "login_event_id", "user_id", "logged_in_at", "ip_address", "is_success", "country_code"));
        t.add(table("security_incidents", "Security incidents", "incident_id", "asset_id", "severity",
                "detected_at", "resolved_at", "category"));
        // compliance and legal
        t.add(table("compliance_audits", "Internal and external audits", "audit_id", "audit_area", "auditor",
                "audit_date", "findings_count"));
        t.add(table("compliance_findings", "Audit findings and their remediation status", "finding_id",
                "audit_id", "severity", "owner_employee_id", "due_date", "status"));
        t.add(table("compliance_trainings", "Mandatory trainings completed by employees", "training_id",
                "employee_id", "course_name", "completed_date", "is_passed"));
        t.add(table("legal_matters", "Legal cases and disputes", "matter_id", "matter_type", "opened_date",
                "counterparty", "outside_counsel_cost"));
        // research
        t.add(table("research_projects", "R&D projects", "project_id", "project_name", "lead_employee_id",
                "start_date", "budget_amount"));
        t.add(table("research_experiments", "Experiments per project", "experiment_id", "project_id",
                "hypothesis", "started_at", "outcome"));
        t.add(table("research_publications", "Papers published", "publication_id", "project_id", "title",
                "published_date", "citations"));
        // travel and expenses
        t.add(table("travel_trips", "Business trips", "travel_trip_id", "employee_id", "destination_city",
                "depart_date", "return_date", "purpose"));
        t.add(table("travel_expenses", "Employee expense claims (travel, meals, lodging)", "expense_id",
                "employee_id", "travel_trip_id", "expense_date", "category", "expense_amount", "currency",
                "is_approved"));
        t.add(table("travel_bookings", "Flights, hotels and trains booked", "booking_id", "travel_trip_id",
                "booking_type", "vendor", "booking_cost"));
        return t;
    }

    private static TableSchema table(String name, String description, String... columns) {
        List<Column> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(new Column(c, type(c), comment(c)));
        }
        cols.add(new Column("dt", "STRING", "load date yyyy-mm-dd", true));
        return new TableSchema(DATABASE, name, description, cols, List.of(), List.of());
    }

    private static String type(String column) {
        if (column.endsWith("_id")) {
            return "BIGINT";
        }
        if (column.endsWith("_date") || column.equals("valid_from")) {
            return "DATE";
        }
        if (column.endsWith("_at")) {
            return "TIMESTAMP";
        }
        if (column.startsWith("is_")) {
            return "BOOLEAN";
        }
        if (column.matches(".*(amount|cost|price|salary|value|fee|rent|rate|revenue|usd|kwh.*|tonnes)$")) {
            return "DECIMAL(12,2)";
        }
        if (column.matches(".*(quantity|units|count|clicks|impressions|minutes|hours|seconds|days|nights|"
                + "score|rating|credits|citations|pageviews|megabytes|liters|km|kg|year|month|lines|delta|pct|"
                + "meters)$")) {
            return "INT";
        }
        return "STRING";
    }

    private static String comment(String column) {
        if (column.endsWith("_id")) {
            return null;
        }
        return column.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
