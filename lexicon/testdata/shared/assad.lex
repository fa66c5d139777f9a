# Two persons sharing a form, told apart by the date.
actor test-hafez
  name Test Hafez
  type person
  country SYR
  ar حافظ التجريبي | التجريبي
  code SYRGOV 1971-03-14..2000-06-10 hos
  code SYRELI
actor test-bashar
  name Test Bashar
  type person
  country SYR
  ar بشار التجريبي | التجريبي
  code SYRGOV 2000-07-17..2024-12-08 hos
  code SYRELI
