-- Second schema for the offline generator's generality check: a small public library.
-- DuckDB DDL plus deterministic INSERTs. Loan dates are relative to current_date so that
-- questions like "in the last 30 days" always have rows.
CREATE TABLE branches (
    branch_id INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    city VARCHAR NOT NULL,
    opened_year INTEGER
);
COMMENT ON TABLE branches IS 'Library branches (buildings) where books are lent';
COMMENT ON COLUMN branches.branch_id IS 'Branch identifier';
COMMENT ON COLUMN branches.name IS 'Branch name';
COMMENT ON COLUMN branches.city IS 'City the branch is in';
COMMENT ON COLUMN branches.opened_year IS 'Year the branch opened';

CREATE TABLE authors (
    author_id INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    nationality VARCHAR,
    birth_year INTEGER
);
COMMENT ON TABLE authors IS 'Writers of the books in the collection';
COMMENT ON COLUMN authors.author_id IS 'Author identifier';
COMMENT ON COLUMN authors.name IS 'Author full name';
COMMENT ON COLUMN authors.nationality IS 'Nationality of the author';
COMMENT ON COLUMN authors.birth_year IS 'Year the author was born';

CREATE TABLE books (
    book_id INTEGER PRIMARY KEY,
    title VARCHAR NOT NULL,
    author_id INTEGER REFERENCES authors(author_id),
    genre VARCHAR NOT NULL,
    published_year INTEGER,
    page_count INTEGER,
    replacement_cost DECIMAL(8,2)
);
COMMENT ON TABLE books IS 'Book titles in the catalogue';
COMMENT ON COLUMN books.book_id IS 'Book identifier';
COMMENT ON COLUMN books.title IS 'Title of the book';
COMMENT ON COLUMN books.author_id IS 'Author who wrote the book';
COMMENT ON COLUMN books.genre IS 'Genre: fiction, history, science, children or poetry';
COMMENT ON COLUMN books.published_year IS 'Year the book was published';
COMMENT ON COLUMN books.page_count IS 'Number of pages';
COMMENT ON COLUMN books.replacement_cost IS 'What it costs to replace a lost copy';

CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    full_name VARCHAR NOT NULL,
    membership_type VARCHAR NOT NULL,
    home_branch_id INTEGER REFERENCES branches(branch_id),
    joined_on DATE NOT NULL,
    is_active BOOLEAN NOT NULL
);
COMMENT ON TABLE members IS 'Library card holders (borrowers)';
COMMENT ON COLUMN members.member_id IS 'Member identifier';
COMMENT ON COLUMN members.full_name IS 'Member full name';
COMMENT ON COLUMN members.membership_type IS 'Membership plan: standard, student or senior';
COMMENT ON COLUMN members.home_branch_id IS 'Branch where the member registered';
COMMENT ON COLUMN members.joined_on IS 'Date the member joined the library';
COMMENT ON COLUMN members.is_active IS 'Whether the membership is currently active';

CREATE TABLE loans (
    loan_id INTEGER PRIMARY KEY,
    book_id INTEGER REFERENCES books(book_id),
    member_id INTEGER REFERENCES members(member_id),
    branch_id INTEGER REFERENCES branches(branch_id),
    loan_date DATE NOT NULL,
    due_date DATE NOT NULL,
    returned_date DATE,
    late_fee DECIMAL(6,2) NOT NULL
);
COMMENT ON TABLE loans IS 'Each time a member borrows a book';
COMMENT ON COLUMN loans.loan_id IS 'Loan identifier';
COMMENT ON COLUMN loans.book_id IS 'Book that was borrowed';
COMMENT ON COLUMN loans.member_id IS 'Member who borrowed the book';
COMMENT ON COLUMN loans.branch_id IS 'Branch that lent the book';
COMMENT ON COLUMN loans.loan_date IS 'Date the book was borrowed';
COMMENT ON COLUMN loans.due_date IS 'Date the book is due back';
COMMENT ON COLUMN loans.returned_date IS 'Date the book came back, null while still out';
COMMENT ON COLUMN loans.late_fee IS 'Fine charged for returning late';

INSERT INTO branches VALUES
    (1, 'Central Library', 'Springfield', 1962),
    (2, 'Riverside', 'Springfield', 1998),
    (3, 'Oak Hill', 'Shelbyville', 2005),
    (4, 'Harbor Point', 'Ogdenville', 2015);

INSERT INTO authors VALUES
    (1, 'Maya Lindqvist', 'Swedish', 1961),
    (2, 'Tomas Okafor', 'Nigerian', 1975),
    (3, 'Elena Duarte', 'Portuguese', 1958),
    (4, 'James Whitfield', 'British', 1949),
    (5, 'Aiko Tanaka', 'Japanese', 1983),
    (6, 'Carlos Mendez', 'Mexican', 1970),
    (7, 'Ingrid Holm', 'Swedish', 1990),
    (8, 'Peter Novak', 'Czech', 1966);

INSERT INTO books VALUES
    (1, 'The Northern River', 5, 'science', 1990, 318, 15.26),
    (2, 'The Northern Stars', 2, 'poetry', 2012, 522, 9.65),
    (3, 'The Northern Atlas', 4, 'history', 2007, 706, 9.38),
    (4, 'The Broken Stars', 7, 'children', 1989, 549, 38.64),
    (5, 'The Silent Empire', 7, 'fiction', 1996, 374, 16.08),
    (6, 'The Quiet Garden', 2, 'science', 1999, 189, 26.67),
    (7, 'The Quiet Bridge', 5, 'poetry', 1977, 560, 35.88),
    (8, 'The Distant Garden', 5, 'history', 2015, 460, 38.02),
    (9, 'The Broken Harbor', 2, 'children', 1989, 193, 27.77),
    (10, 'The Lost Forest', 3, 'fiction', 1998, 453, 18.89),
    (11, 'The Golden Garden', 3, 'science', 2009, 340, 16.50),
    (12, 'The Distant Harbor', 4, 'poetry', 2018, 422, 51.83),
    (13, 'The Silent Atlas', 1, 'history', 1995, 500, 21.92),
    (14, 'The Broken Bridge', 6, 'children', 1988, 601, 28.57),
    (15, 'The Lost Empire', 5, 'fiction', 1983, 342, 46.74),
    (16, 'The Bright Harbor', 7, 'science', 2012, 498, 26.82),
    (17, 'The Hidden Stars', 8, 'poetry', 1980, 138, 52.78),
    (18, 'The Hidden Empire', 7, 'history', 2013, 155, 28.01),
    (19, 'The Winter Letters', 5, 'children', 2010, 101, 43.37),
    (20, 'The Golden Forest', 2, 'fiction', 1993, 535, 16.22),
    (21, 'The Silent Harbor', 3, 'science', 2007, 198, 53.27),
    (22, 'The Golden Stars', 4, 'poetry', 1984, 472, 47.65),
    (23, 'The Bright Stars', 1, 'history', 2013, 421, 33.41),
    (24, 'The Northern Forest', 5, 'children', 1990, 149, 20.53);

INSERT INTO members VALUES
    (1, 'Anna Kowalski', 'standard', 1, CAST(DATE '2019-01-01' + INTERVAL '1990' DAY AS DATE), FALSE),
    (2, 'Ben Jensen', 'standard', 2, CAST(DATE '2019-01-01' + INTERVAL '1946' DAY AS DATE), FALSE),
    (3, 'Chloe Diaz', 'student', 4, CAST(DATE '2019-01-01' + INTERVAL '867' DAY AS DATE), FALSE),
    (4, 'David Moreau', 'senior', 2, CAST(DATE '2019-01-01' + INTERVAL '1276' DAY AS DATE), TRUE),
    (5, 'Emma Lopez', 'senior', 3, CAST(DATE '2019-01-01' + INTERVAL '1794' DAY AS DATE), FALSE),
    (6, 'Farid Ito', 'standard', 2, CAST(DATE '2019-01-01' + INTERVAL '920' DAY AS DATE), TRUE),
    (7, 'Grace Berg', 'senior', 2, CAST(DATE '2019-01-01' + INTERVAL '902' DAY AS DATE), TRUE),
    (8, 'Hugo Moreau', 'senior', 1, CAST(DATE '2019-01-01' + INTERVAL '937' DAY AS DATE), TRUE),
    (9, 'Isla Berg', 'student', 1, CAST(DATE '2019-01-01' + INTERVAL '2105' DAY AS DATE), TRUE),
    (10, 'Jonas Lopez', 'student', 2, CAST(DATE '2019-01-01' + INTERVAL '2208' DAY AS DATE), TRUE),
    (11, 'Kira Kowalski', 'senior', 4, CAST(DATE '2019-01-01' + INTERVAL '995' DAY AS DATE), TRUE),
    (12, 'Liam Hale', 'standard', 1, CAST(DATE '2019-01-01' + INTERVAL '397' DAY AS DATE), TRUE),
    (13, 'Mona Gupta', 'student', 4, CAST(DATE '2019-01-01' + INTERVAL '1912' DAY AS DATE), FALSE),
    (14, 'Nils Berg', 'senior', 1, CAST(DATE '2019-01-01' + INTERVAL '248' DAY AS DATE), TRUE),
    (15, 'Olga Gupta', 'standard', 2, CAST(DATE '2019-01-01' + INTERVAL '784' DAY AS DATE), TRUE),
    (16, 'Paul Ito', 'standard', 4, CAST(DATE '2019-01-01' + INTERVAL '751' DAY AS DATE), TRUE),
    (17, 'Rosa Evans', 'standard', 4, CAST(DATE '2019-01-01' + INTERVAL '2254' DAY AS DATE), TRUE),
    (18, 'Sam Lopez', 'senior', 1, CAST(DATE '2019-01-01' + INTERVAL '382' DAY AS DATE), FALSE);

INSERT INTO loans VALUES
    (1, 16, 16, 2, CAST(current_date - INTERVAL '870' DAY AS DATE), CAST(current_date - INTERVAL '870' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '870' DAY + INTERVAL '29' DAY AS DATE), 2.00),
    (2, 6, 13, 1, CAST(current_date - INTERVAL '886' DAY AS DATE), CAST(current_date - INTERVAL '886' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '886' DAY + INTERVAL '6' DAY AS DATE), 0.00),
    (3, 10, 14, 4, CAST(current_date - INTERVAL '400' DAY AS DATE), CAST(current_date - INTERVAL '400' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '400' DAY + INTERVAL '32' DAY AS DATE), 2.75),
    (4, 2, 18, 1, CAST(current_date - INTERVAL '159' DAY AS DATE), CAST(current_date - INTERVAL '159' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '159' DAY + INTERVAL '16' DAY AS DATE), 0.00),
    (5, 19, 16, 2, CAST(current_date - INTERVAL '766' DAY AS DATE), CAST(current_date - INTERVAL '766' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '766' DAY + INTERVAL '6' DAY AS DATE), 0.00),
    (6, 6, 3, 1, CAST(current_date - INTERVAL '59' DAY AS DATE), CAST(current_date - INTERVAL '59' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '59' DAY + INTERVAL '8' DAY AS DATE), 0.00),
    (7, 4, 8, 1, CAST(current_date - INTERVAL '692' DAY AS DATE), CAST(current_date - INTERVAL '692' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '692' DAY + INTERVAL '28' DAY AS DATE), 1.75),
    (8, 9, 7, 3, CAST(current_date - INTERVAL '635' DAY AS DATE), CAST(current_date - INTERVAL '635' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '635' DAY + INTERVAL '23' DAY AS DATE), 0.50),
    (9, 22, 10, 4, CAST(current_date - INTERVAL '245' DAY AS DATE), CAST(current_date - INTERVAL '245' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '245' DAY + INTERVAL '11' DAY AS DATE), 0.00),
    (10, 1, 15, 1, CAST(current_date - INTERVAL '324' DAY AS DATE), CAST(current_date - INTERVAL '324' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '324' DAY + INTERVAL '7' DAY AS DATE), 0.00),
    (11, 9, 5, 3, CAST(current_date - INTERVAL '76' DAY AS DATE), CAST(current_date - INTERVAL '76' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '76' DAY + INTERVAL '35' DAY AS DATE), 3.50),
    (12, 10, 6, 4, CAST(current_date - INTERVAL '71' DAY AS DATE), CAST(current_date - INTERVAL '71' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '71' DAY + INTERVAL '26' DAY AS DATE), 1.25),
    (13, 20, 17, 1, CAST(current_date - INTERVAL '854' DAY AS DATE), CAST(current_date - INTERVAL '854' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '854' DAY + INTERVAL '22' DAY AS DATE), 0.25),
    (14, 22, 4, 2, CAST(current_date - INTERVAL '684' DAY AS DATE), CAST(current_date - INTERVAL '684' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '684' DAY + INTERVAL '22' DAY AS DATE), 0.25),
    (15, 24, 18, 2, CAST(current_date - INTERVAL '271' DAY AS DATE), CAST(current_date - INTERVAL '271' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '271' DAY + INTERVAL '9' DAY AS DATE), 0.00),
    (16, 23, 11, 2, CAST(current_date - INTERVAL '279' DAY AS DATE), CAST(current_date - INTERVAL '279' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '279' DAY + INTERVAL '16' DAY AS DATE), 0.00),
    (17, 17, 16, 3, CAST(current_date - INTERVAL '704' DAY AS DATE), CAST(current_date - INTERVAL '704' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '704' DAY + INTERVAL '19' DAY AS DATE), 0.00),
    (18, 9, 2, 1, CAST(current_date - INTERVAL '867' DAY AS DATE), CAST(current_date - INTERVAL '867' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '867' DAY + INTERVAL '30' DAY AS DATE), 2.25),
    (19, 6, 15, 4, CAST(current_date - INTERVAL '342' DAY AS DATE), CAST(current_date - INTERVAL '342' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '342' DAY + INTERVAL '19' DAY AS DATE), 0.00),
    (20, 23, 5, 1, CAST(current_date - INTERVAL '575' DAY AS DATE), CAST(current_date - INTERVAL '575' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '575' DAY + INTERVAL '7' DAY AS DATE), 0.00),
    (21, 14, 5, 1, CAST(current_date - INTERVAL '855' DAY AS DATE), CAST(current_date - INTERVAL '855' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '855' DAY + INTERVAL '12' DAY AS DATE), 0.00),
    (22, 12, 7, 2, CAST(current_date - INTERVAL '316' DAY AS DATE), CAST(current_date - INTERVAL '316' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '316' DAY + INTERVAL '5' DAY AS DATE), 0.00),
    (23, 20, 5, 2, CAST(current_date - INTERVAL '683' DAY AS DATE), CAST(current_date - INTERVAL '683' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '683' DAY + INTERVAL '29' DAY AS DATE), 2.00),
    (24, 14, 1, 2, CAST(current_date - INTERVAL '886' DAY AS DATE), CAST(current_date - INTERVAL '886' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '886' DAY + INTERVAL '14' DAY AS DATE), 0.00),
    (25, 22, 8, 3, CAST(current_date - INTERVAL '755' DAY AS DATE), CAST(current_date - INTERVAL '755' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '755' DAY + INTERVAL '29' DAY AS DATE), 2.00),
    (26, 13, 2, 4, CAST(current_date - INTERVAL '164' DAY AS DATE), CAST(current_date - INTERVAL '164' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '164' DAY + INTERVAL '9' DAY AS DATE), 0.00),
    (27, 12, 10, 2, CAST(current_date - INTERVAL '228' DAY AS DATE), CAST(current_date - INTERVAL '228' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '228' DAY + INTERVAL '32' DAY AS DATE), 2.75),
    (28, 13, 11, 3, CAST(current_date - INTERVAL '229' DAY AS DATE), CAST(current_date - INTERVAL '229' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '229' DAY + INTERVAL '15' DAY AS DATE), 0.00),
    (29, 12, 17, 4, CAST(current_date - INTERVAL '886' DAY AS DATE), CAST(current_date - INTERVAL '886' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '886' DAY + INTERVAL '20' DAY AS DATE), 0.00),
    (30, 1, 4, 3, CAST(current_date - INTERVAL '696' DAY AS DATE), CAST(current_date - INTERVAL '696' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '696' DAY + INTERVAL '24' DAY AS DATE), 0.75),
    (31, 2, 4, 4, CAST(current_date - INTERVAL '183' DAY AS DATE), CAST(current_date - INTERVAL '183' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '183' DAY + INTERVAL '19' DAY AS DATE), 0.00),
    (32, 14, 17, 1, CAST(current_date - INTERVAL '354' DAY AS DATE), CAST(current_date - INTERVAL '354' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '354' DAY + INTERVAL '23' DAY AS DATE), 0.50),
    (33, 9, 2, 4, CAST(current_date - INTERVAL '395' DAY AS DATE), CAST(current_date - INTERVAL '395' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '395' DAY + INTERVAL '15' DAY AS DATE), 0.00),
    (34, 18, 7, 3, CAST(current_date - INTERVAL '2' DAY AS DATE), CAST(current_date - INTERVAL '2' DAY + INTERVAL '21' DAY AS DATE), NULL, 0.00),
    (35, 20, 11, 1, CAST(current_date - INTERVAL '442' DAY AS DATE), CAST(current_date - INTERVAL '442' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '442' DAY + INTERVAL '24' DAY AS DATE), 0.75),
    (36, 10, 14, 3, CAST(current_date - INTERVAL '738' DAY AS DATE), CAST(current_date - INTERVAL '738' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '738' DAY + INTERVAL '35' DAY AS DATE), 3.50),
    (37, 7, 14, 4, CAST(current_date - INTERVAL '413' DAY AS DATE), CAST(current_date - INTERVAL '413' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '413' DAY + INTERVAL '11' DAY AS DATE), 0.00),
    (38, 20, 10, 4, CAST(current_date - INTERVAL '694' DAY AS DATE), CAST(current_date - INTERVAL '694' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '694' DAY + INTERVAL '14' DAY AS DATE), 0.00),
    (39, 10, 7, 4, CAST(current_date - INTERVAL '562' DAY AS DATE), CAST(current_date - INTERVAL '562' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '562' DAY + INTERVAL '22' DAY AS DATE), 0.25),
    (40, 15, 15, 4, CAST(current_date - INTERVAL '805' DAY AS DATE), CAST(current_date - INTERVAL '805' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '805' DAY + INTERVAL '23' DAY AS DATE), 0.50),
    (41, 24, 6, 1, CAST(current_date - INTERVAL '692' DAY AS DATE), CAST(current_date - INTERVAL '692' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '692' DAY + INTERVAL '33' DAY AS DATE), 3.00),
    (42, 3, 8, 3, CAST(current_date - INTERVAL '291' DAY AS DATE), CAST(current_date - INTERVAL '291' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '291' DAY + INTERVAL '24' DAY AS DATE), 0.75),
    (43, 1, 2, 2, CAST(current_date - INTERVAL '231' DAY AS DATE), CAST(current_date - INTERVAL '231' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '231' DAY + INTERVAL '12' DAY AS DATE), 0.00),
    (44, 15, 14, 2, CAST(current_date - INTERVAL '487' DAY AS DATE), CAST(current_date - INTERVAL '487' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '487' DAY + INTERVAL '7' DAY AS DATE), 0.00),
    (45, 13, 8, 2, CAST(current_date - INTERVAL '736' DAY AS DATE), CAST(current_date - INTERVAL '736' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '736' DAY + INTERVAL '34' DAY AS DATE), 3.25),
    (46, 14, 8, 2, CAST(current_date - INTERVAL '672' DAY AS DATE), CAST(current_date - INTERVAL '672' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '672' DAY + INTERVAL '9' DAY AS DATE), 0.00),
    (47, 2, 18, 2, CAST(current_date - INTERVAL '824' DAY AS DATE), CAST(current_date - INTERVAL '824' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '824' DAY + INTERVAL '32' DAY AS DATE), 2.75),
    (48, 15, 17, 3, CAST(current_date - INTERVAL '869' DAY AS DATE), CAST(current_date - INTERVAL '869' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '869' DAY + INTERVAL '11' DAY AS DATE), 0.00),
    (49, 14, 18, 4, CAST(current_date - INTERVAL '774' DAY AS DATE), CAST(current_date - INTERVAL '774' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '774' DAY + INTERVAL '35' DAY AS DATE), 3.50),
    (50, 15, 9, 2, CAST(current_date - INTERVAL '163' DAY AS DATE), CAST(current_date - INTERVAL '163' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '163' DAY + INTERVAL '33' DAY AS DATE), 3.00),
    (51, 21, 8, 3, CAST(current_date - INTERVAL '861' DAY AS DATE), CAST(current_date - INTERVAL '861' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '861' DAY + INTERVAL '34' DAY AS DATE), 3.25),
    (52, 8, 9, 3, CAST(current_date - INTERVAL '451' DAY AS DATE), CAST(current_date - INTERVAL '451' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '451' DAY + INTERVAL '21' DAY AS DATE), 0.00),
    (53, 5, 5, 2, CAST(current_date - INTERVAL '328' DAY AS DATE), CAST(current_date - INTERVAL '328' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '328' DAY + INTERVAL '8' DAY AS DATE), 0.00),
    (54, 3, 14, 4, CAST(current_date - INTERVAL '393' DAY AS DATE), CAST(current_date - INTERVAL '393' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '393' DAY + INTERVAL '16' DAY AS DATE), 0.00),
    (55, 2, 7, 4, CAST(current_date - INTERVAL '339' DAY AS DATE), CAST(current_date - INTERVAL '339' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '339' DAY + INTERVAL '29' DAY AS DATE), 2.00),
    (56, 19, 13, 4, CAST(current_date - INTERVAL '399' DAY AS DATE), CAST(current_date - INTERVAL '399' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '399' DAY + INTERVAL '4' DAY AS DATE), 0.00),
    (57, 13, 14, 2, CAST(current_date - INTERVAL '7' DAY AS DATE), CAST(current_date - INTERVAL '7' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '7' DAY + INTERVAL '22' DAY AS DATE), 0.25),
    (58, 16, 1, 4, CAST(current_date - INTERVAL '500' DAY AS DATE), CAST(current_date - INTERVAL '500' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '500' DAY + INTERVAL '30' DAY AS DATE), 2.25),
    (59, 24, 6, 4, CAST(current_date - INTERVAL '345' DAY AS DATE), CAST(current_date - INTERVAL '345' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '345' DAY + INTERVAL '28' DAY AS DATE), 1.75),
    (60, 13, 1, 1, CAST(current_date - INTERVAL '131' DAY AS DATE), CAST(current_date - INTERVAL '131' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '131' DAY + INTERVAL '4' DAY AS DATE), 0.00),
    (61, 6, 2, 3, CAST(current_date - INTERVAL '659' DAY AS DATE), CAST(current_date - INTERVAL '659' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '659' DAY + INTERVAL '32' DAY AS DATE), 2.75),
    (62, 11, 11, 4, CAST(current_date - INTERVAL '389' DAY AS DATE), CAST(current_date - INTERVAL '389' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '389' DAY + INTERVAL '32' DAY AS DATE), 2.75),
    (63, 9, 3, 4, CAST(current_date - INTERVAL '285' DAY AS DATE), CAST(current_date - INTERVAL '285' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '285' DAY + INTERVAL '29' DAY AS DATE), 2.00),
    (64, 12, 8, 1, CAST(current_date - INTERVAL '20' DAY AS DATE), CAST(current_date - INTERVAL '20' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '20' DAY + INTERVAL '6' DAY AS DATE), 0.00),
    (65, 1, 8, 2, CAST(current_date - INTERVAL '800' DAY AS DATE), CAST(current_date - INTERVAL '800' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '800' DAY + INTERVAL '5' DAY AS DATE), 0.00),
    (66, 8, 5, 4, CAST(current_date - INTERVAL '860' DAY AS DATE), CAST(current_date - INTERVAL '860' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '860' DAY + INTERVAL '12' DAY AS DATE), 0.00),
    (67, 15, 9, 3, CAST(current_date - INTERVAL '686' DAY AS DATE), CAST(current_date - INTERVAL '686' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '686' DAY + INTERVAL '16' DAY AS DATE), 0.00),
    (68, 6, 10, 1, CAST(current_date - INTERVAL '172' DAY AS DATE), CAST(current_date - INTERVAL '172' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '172' DAY + INTERVAL '10' DAY AS DATE), 0.00),
    (69, 19, 13, 4, CAST(current_date - INTERVAL '593' DAY AS DATE), CAST(current_date - INTERVAL '593' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '593' DAY + INTERVAL '22' DAY AS DATE), 0.25),
    (70, 4, 10, 1, CAST(current_date - INTERVAL '733' DAY AS DATE), CAST(current_date - INTERVAL '733' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '733' DAY + INTERVAL '18' DAY AS DATE), 0.00),
    (71, 12, 18, 4, CAST(current_date - INTERVAL '816' DAY AS DATE), CAST(current_date - INTERVAL '816' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '816' DAY + INTERVAL '5' DAY AS DATE), 0.00),
    (72, 21, 11, 1, CAST(current_date - INTERVAL '678' DAY AS DATE), CAST(current_date - INTERVAL '678' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '678' DAY + INTERVAL '35' DAY AS DATE), 3.50),
    (73, 4, 14, 3, CAST(current_date - INTERVAL '870' DAY AS DATE), CAST(current_date - INTERVAL '870' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '870' DAY + INTERVAL '34' DAY AS DATE), 3.25),
    (74, 23, 5, 4, CAST(current_date - INTERVAL '651' DAY AS DATE), CAST(current_date - INTERVAL '651' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '651' DAY + INTERVAL '32' DAY AS DATE), 2.75),
    (75, 20, 18, 4, CAST(current_date - INTERVAL '181' DAY AS DATE), CAST(current_date - INTERVAL '181' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '181' DAY + INTERVAL '20' DAY AS DATE), 0.00),
    (76, 11, 8, 1, CAST(current_date - INTERVAL '477' DAY AS DATE), CAST(current_date - INTERVAL '477' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '477' DAY + INTERVAL '20' DAY AS DATE), 0.00),
    (77, 15, 13, 3, CAST(current_date - INTERVAL '286' DAY AS DATE), CAST(current_date - INTERVAL '286' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '286' DAY + INTERVAL '18' DAY AS DATE), 0.00),
    (78, 6, 16, 2, CAST(current_date - INTERVAL '30' DAY AS DATE), CAST(current_date - INTERVAL '30' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '30' DAY + INTERVAL '23' DAY AS DATE), 0.50),
    (79, 9, 9, 1, CAST(current_date - INTERVAL '364' DAY AS DATE), CAST(current_date - INTERVAL '364' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '364' DAY + INTERVAL '24' DAY AS DATE), 0.75),
    (80, 8, 14, 4, CAST(current_date - INTERVAL '530' DAY AS DATE), CAST(current_date - INTERVAL '530' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '530' DAY + INTERVAL '8' DAY AS DATE), 0.00),
    (81, 21, 16, 4, CAST(current_date - INTERVAL '569' DAY AS DATE), CAST(current_date - INTERVAL '569' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '569' DAY + INTERVAL '33' DAY AS DATE), 3.00),
    (82, 8, 13, 2, CAST(current_date - INTERVAL '812' DAY AS DATE), CAST(current_date - INTERVAL '812' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '812' DAY + INTERVAL '21' DAY AS DATE), 0.00),
    (83, 16, 18, 3, CAST(current_date - INTERVAL '314' DAY AS DATE), CAST(current_date - INTERVAL '314' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '314' DAY + INTERVAL '26' DAY AS DATE), 1.25),
    (84, 12, 15, 3, CAST(current_date - INTERVAL '436' DAY AS DATE), CAST(current_date - INTERVAL '436' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '436' DAY + INTERVAL '24' DAY AS DATE), 0.75),
    (85, 24, 7, 3, CAST(current_date - INTERVAL '314' DAY AS DATE), CAST(current_date - INTERVAL '314' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '314' DAY + INTERVAL '10' DAY AS DATE), 0.00),
    (86, 7, 7, 4, CAST(current_date - INTERVAL '123' DAY AS DATE), CAST(current_date - INTERVAL '123' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '123' DAY + INTERVAL '14' DAY AS DATE), 0.00),
    (87, 4, 7, 3, CAST(current_date - INTERVAL '284' DAY AS DATE), CAST(current_date - INTERVAL '284' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '284' DAY + INTERVAL '21' DAY AS DATE), 0.00),
    (88, 1, 18, 2, CAST(current_date - INTERVAL '233' DAY AS DATE), CAST(current_date - INTERVAL '233' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '233' DAY + INTERVAL '22' DAY AS DATE), 0.25),
    (89, 18, 10, 2, CAST(current_date - INTERVAL '281' DAY AS DATE), CAST(current_date - INTERVAL '281' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '281' DAY + INTERVAL '6' DAY AS DATE), 0.00),
    (90, 4, 1, 3, CAST(current_date - INTERVAL '654' DAY AS DATE), CAST(current_date - INTERVAL '654' DAY + INTERVAL '21' DAY AS DATE), CAST(current_date - INTERVAL '654' DAY + INTERVAL '34' DAY AS DATE), 3.25);
