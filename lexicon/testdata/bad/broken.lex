actor good-one
  name Good One
  type person
  country IRQ
  ar سعيد الطيب
  code IRQGOV 2020-13-01..2021
place
  name Nowhere
  ar لا مكان
colour blue
actor x
  name X
  wibble 3
