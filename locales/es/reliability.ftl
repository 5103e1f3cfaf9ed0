# Límites y rechazos en la entrada (incidencia 11).
error-control-char = La dirección o el formulario contiene un carácter de control (como NUL). Elimínelo e inténtelo de nuevo.
error-too-large = Lo que ha enviado supera lo que esta página acepta (documentos: 20 MiB; otros formularios y la API: 1 MiB). Envíe algo más pequeño.
error-timeout = La solicitud tardó demasiado y se detuvo. Inténtelo de nuevo.
error-too-many-writes = Demasiados envíos desde su dirección. Espere un minuto e inténtelo de nuevo.
error-unreadable = No se pudo leer la dirección o el formulario (un parámetro dado dos veces, o no en la forma esperada). Revíselo e inténtelo de nuevo.
error-sign-in = Inicie sesión para ver esto.
error-bad-token = Este token de API no es válido: es desconocido, fue revocado o su usuario está desactivado.
error-forbidden = Ha iniciado sesión, pero su función no da acceso a esto. Si su trabajo lo requiere, solicite acceso a la Dependencia de Apoyo a la Aplicación.
error-csrf = Este formulario ha caducado; vuelva a cargar la página e inténtelo de nuevo.
error-too-many-attempts = Demasiados intentos de inicio de sesión. Espere un minuto e inténtelo de nuevo.
error-internal = Algo falló de nuestro lado; el error ha quedado registrado.
