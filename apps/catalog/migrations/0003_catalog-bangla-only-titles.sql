-- Up Migration

-- A product may be listed with a Bangla title only (issue 15): its slug is then the Banglish transliteration.
-- At least one of the two titles is required.
ALTER TABLE products ALTER COLUMN title_en DROP NOT NULL;
ALTER TABLE products ADD CONSTRAINT products_title_present CHECK (title_en IS NOT NULL OR title_bn IS NOT NULL);

-- Down Migration
ALTER TABLE products DROP CONSTRAINT products_title_present;
UPDATE products SET title_en = title_bn WHERE title_en IS NULL;
ALTER TABLE products ALTER COLUMN title_en SET NOT NULL;
