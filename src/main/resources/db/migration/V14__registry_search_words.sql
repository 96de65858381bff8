-- Text search by words: every normalised word of an actor's names, also without the Arabic article
-- or a one-letter proclitic glued to it (للكسكس → كسكس, بالسمارة → سماره), so that a word typed alone
-- finds it. Matching word prefixes through this GIN index costs well under a millisecond where the
-- similarity scan of every name cost several; close spellings remain the fallback when nothing matches.
alter table registry_actor add column search_words tsvector generated always as (
  to_tsvector('simple', search_text || ' ' ||
    regexp_replace(search_text, '(^| )(وال|بال|كال|فال|لل|ال|و|ب|ل|ف)(\S{2,})', '\1\3', 'g'))
) stored;
create index registry_actor_search_words_idx on registry_actor using gin (search_words);
