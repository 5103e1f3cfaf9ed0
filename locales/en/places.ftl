# Cities where meetings sit, as a venue names them (issue 19). TreatyDesk's list, [U]; a
# venue not listed here shows as entered.
place-geneva = Geneva
place-beirut = Beirut
place-dubrovnik = Dubrovnik
place-lusaka = Lusaka
place-oslo = Oslo
place-san-jose = San José
place-vientiane = Vientiane
place-lausanne = Lausanne
place-managua = Managua
place-dublin = Dublin
