# Registrar los nombramientos de una reunión formal (el formulario de la DAA, pages/appoint.rs).
appoint-title = Registrar los nombramientos de la { $value }
appoint-intro = Indique el titular de cada puesto que cubrió la { $value } y deje en blanco los demás. La vista previa aplica las normas de la Propuesta 2 al registro tal como quedaría; no se guarda nada hasta que elija «Guardar los nombramientos».
appoint-meeting = Reunión
appoint-dates = Fechas
appoint-undated = Aún no hay fechas registradas
appoint-no-closing = La { $value } no tiene fecha de clausura registrada, por lo que no pueden calcularse los mandatos que confiere: cada nombramiento se señalará como error hasta que se registren las fechas de la reunión.
appoint-selection = La decisión y su fuente
appoint-decision = Decisión citada (P2.4)
appoint-decision-hint = La decisión de esta reunión que seleccionó a los titulares.
appoint-no-decisions = No consta ninguna decisión de la { $value }; un nombramiento que no cite ninguna es un error según P2.4.
appoint-decision-none = Ninguna decisión citada
appoint-source = Fuente o notas
appoint-source-hint = De dónde procede este registro: el informe final y su párrafo, una carta, una nota de la reunión.
appoint-seats = Puestos de coordinador
appoint-held-before = Ocupado antes de la { $value } por
appoint-until = hasta el
appoint-ends-here = el mandato termina en esta reunión
appoint-vacant-before = Vacante antes de la { $value }.
appoint-recorded-here = Ya registrado en la { $value }:
appoint-nominated = Candidaturas:
appoint-preference = preferencia { $count }
appoint-holder = Titular (código del Estado)
appoint-holder-hint = Déjelo en blanco si la { $value } no hizo ningún nombramiento para este puesto.
appoint-designate-hint = Déjelo en blanco si la { $value } no designó a nadie.
appoint-presides = Reunión que presidirá
appoint-cycles = Mandato en ciclos
appoint-term-rule = La arquitectura da a este puesto mandatos de
appoint-findings = Constataciones de las normas sobre este nombramiento
appoint-overridable = Una persona puede dejar de lado esta advertencia con una justificación escrita.
appoint-justify = Por qué se deja de lado { $value } en este caso
appoint-justify-hint = Explique por qué fue necesario (10 caracteres o más). La justificación se conserva con el nombramiento y se muestra con la constatación.
appoint-preview = Vista previa de las constataciones
appoint-save = Guardar los nombramientos
appoint-checked-none = Ninguna constatación de las normas afecta a estos nombramientos.
appoint-checked = Constataciones sobre estos nombramientos:
appoint-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
appoint-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}
appoint-nothing-saved = Todavía no se ha guardado nada.
appoint-problems = Los nombramientos no se guardaron
appoint-problems-intro = Corrija lo siguiente y vuelva a guardar:
appoint-err-holder = Escriba el titular con un código del registro, por ejemplo NZL.
appoint-err-cycles-missing = Indique la duración del mandato en ciclos.
appoint-err-cycles = «{ $value }» no es un número de ciclos; escriba un número entero, por ejemplo 2.
appoint-err-cycles-range = Un mandato dura de 1 a 20 ciclos.
appoint-err-presides = Elija de la lista la reunión que presidirá.
appoint-err-decision = Elija de la lista una decisión de esta reunión.
appoint-err-source = La fuente tiene más de 2000 caracteres.
appoint-err-justify = Explique por qué se deja de lado { $value } (10 caracteres o más).
appoint-err-justify-long = La justificación tiene más de 4000 caracteres.
appoint-err-none = Indique el titular de al menos un puesto.
