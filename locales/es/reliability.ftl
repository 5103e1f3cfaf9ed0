# Límites y rechazos en la entrada (incidencia 11).
error-control-char = La dirección o el formulario contiene un carácter de control (como NUL). Elimínelo e inténtelo de nuevo.
error-too-large = Lo que ha enviado supera lo que esta página acepta (documentos: 20 MiB; otros formularios y la API: 1 MiB). Envíe algo más pequeño.
error-timeout = La solicitud tardó demasiado y se detuvo. Inténtelo de nuevo.
error-too-many-writes = Demasiados envíos desde su dirección. Espere un minuto e inténtelo de nuevo.
error-unreadable = No se pudo leer la dirección o el formulario (un parámetro dado dos veces, o no en la forma esperada). Revíselo e inténtelo de nuevo.
