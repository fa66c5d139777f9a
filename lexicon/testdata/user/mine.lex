# A user's own lexicon file: one new actor, one built-in place replaced.
actor nouri-example
  name Example Militia Commander
  type person
  country IRQ
  ar أبو زينب الساعدي | الساعدي
  code IRQUAF 2019..2024 ldr
  test قال أبو زينب الساعدي إن الفصائل لن تتراجع @2021-07-26 => IRQUAF
