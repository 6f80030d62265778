-- Catalogue 2.0.0: where the age band is unknown and the officer records signs that the person may be a child,
-- the child profiles apply (Directive 2011/36/EU art. 13(2)). The screening remembers that the profile was
-- presumed, so every explanation and packet says so.
alter table screening add column minor_presumed boolean not null default false;
