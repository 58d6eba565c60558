-- Up Migration

-- A product may be listed with a Bangla title only (issue 15): no English title to index.
ALTER TABLE search_documents ALTER COLUMN title_en DROP NOT NULL;

-- Down Migration
UPDATE search_documents SET title_en = coalesce(title_bn, '') WHERE title_en IS NULL;
ALTER TABLE search_documents ALTER COLUMN title_en SET NOT NULL;
