-- Attempts to lift the row limit: a trailing comment that would swallow an appended LIMIT (in one parser's
-- reading or both), LIMIT ALL, huge LIMIT or FETCH FIRST counts. Each may be allowed only with its rows capped:
-- the SQL that would run must carry a LIMIT of at most the maximum, as both Trino and DuckDB read it.
--- lexer: trailing line comment swallows appended limit
SELECT * FROM order_items --
--- lexer: trailing line comment with text swallows appended limit
SELECT o.*, i.* FROM orders o JOIN order_items i USING (order_id) -- all rows please
--- lexer: trailing semicolon and comment swallow appended limit
SELECT * FROM order_items; --
--- lexer: limit all
SELECT * FROM order_items LIMIT ALL
--- lexer: fetch first huge rows only
SELECT * FROM order_items OFFSET 0 ROWS FETCH FIRST 9223372036854775807 ROWS ONLY
--- lexer: limit huge integer
SELECT * FROM order_items LIMIT 9223372036854775807
--- lexer: carriage return line comment swallows appended limit
SELECT * FROM order_items -- all<U+000D>
--- lexer: reverse nested comment hides limit from trino only
SELECT * FROM order_items /* /* */
-- */ LIMIT 10
