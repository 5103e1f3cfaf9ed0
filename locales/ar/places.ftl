# Cities where meetings sit, as a venue names them (issue 19). TreatyDesk's list, [U]; a
# venue not listed here shows as entered.
place-geneva = جنيف
place-beirut = بيروت
place-dubrovnik = دوبروفنيك
place-lusaka = لوساكا
place-oslo = أوسلو
place-san-jose = سان خوسيه
place-vientiane = فيينتيان
place-lausanne = لوزان
place-managua = ماناغوا
place-dublin = دبلن
