<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min de adelanto</numerusform>
            <numerusform>%n min de adelanto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min de retraso</numerusform>
            <numerusform>%n min de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>(image {name} could not be read)</source>
        <translation>(no se pudo leer la imagen {name})</translation>
    </message>
    <message>
        <source>(no notes for this slide)</source>
        <translation>(esta diapositiva no tiene notas)</translation>
    </message>
    <message>
        <source>AUDIENCE: BLACK SCREEN</source>
        <translation>PROYECTOR EN NEGRO</translation>
    </message>
    <message>
        <source>AUDIENCE: WHITE SCREEN</source>
        <translation>PROYECTOR EN BLANCO</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Audience on:</source>
        <translation>Público en:</translation>
    </message>
    <message>
        <source>Background drawing stopped ({problem}); slides are drawn between key presses instead</source>
        <translation>El dibujo en segundo plano se detuvo ({problem}); ahora las diapositivas se dibujan entre una tecla y otra</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>timer</comment>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Terminar presentación</translation>
    </message>
    <message>
        <source>FROZEN on slide {number}</source>
        <translation>CONGELADO en la diapositiva {number}</translation>
    </message>
    <message>
        <source>Go to slide: {number}▏ (Enter)</source>
        <translation>Ir a diapositiva: {number}▏ (Enter)</translation>
    </message>
    <message>
        <source>Hide audience window (A)</source>
        <translation>Ocultar ventana del público (A)</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>time remaining</comment>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>slide</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next: end of the deck</source>
        <translation>Siguiente: fin de la presentación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Results — {school}, {group}</source>
        <translation>Resultados — {school}, {group}</translation>
    </message>
    <message>
        <source>Screen for the audience window</source>
        <translation>Pantalla para la ventana del público</translation>
    </message>
    <message>
        <source>Screen {number}</source>
        <translation>Pantalla {number}</translation>
    </message>
    <message>
        <source>Show audience window (A)</source>
        <translation>Mostrar ventana del público (A)</translation>
    </message>
    <message>
        <source>Show free-text answers on the projector</source>
        <translation>Mostrar respuestas escritas en el proyector</translation>
    </message>
    <message>
        <source>Slide {number} / {count}</source>
        <translation>Diapositiva {number} / {count}</translation>
    </message>
    <message>
        <source>Slide {number} cannot be drawn ({problem}); the audience still sees the last slide drawn</source>
        <translation>La diapositiva {number} no se puede dibujar ({problem}); el público sigue viendo la última diapositiva dibujada</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>Intercambiar pantallas (S)</translation>
    </message>
    <message>
        <source>The deck {path} cannot be shown: {problem}</source>
        <translation>La presentación {path} no se puede mostrar: {problem}</translation>
    </message>
    <message>
        <source>This deck cannot be shown</source>
        <translation>Esta presentación no se puede mostrar</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>clock</comment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>tiempo excedido</translation>
    </message>
    <message>
        <source>slide {number}: image {image} not found next to the deck</source>
        <translation>diapositiva {number}: no se encontró la imagen {image} junto a la presentación</translation>
    </message>
    <message>
        <source>the PDF could not be opened (unknown problem)</source>
        <translation>el PDF no se pudo abrir (problema desconocido)</translation>
    </message>
    <message>
        <source>the PDF could not be opened ({error})</source>
        <translation>el PDF no se pudo abrir ({error})</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>el PDF está dañado o no es un PDF</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way that cannot be opened; export it again without protection</source>
        <translation>el PDF está cifrado de una forma que no se puede abrir; vuelve a exportarlo sin protección</translation>
    </message>
    <message>
        <source>the PDF is password-protected; export it again without a password</source>
        <translation>el PDF está protegido con contraseña; vuelve a exportarlo sin contraseña</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <translation>no se pudo leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file could not be read completely</source>
        <translation>no se pudo leer el archivo completo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the visit to {school} — {group} has no survey</source>
        <translation>la visita a {school} — {group} no tiene encuesta</translation>
    </message>
    <message>
        <source>{title} — audience</source>
        <translation>{title} — público</translation>
    </message>
    <message>
        <source>{title} — presenter console</source>
        <translation>{title} — consola de presentación</translation>
    </message>
    <message>
        <source>→/Space next · ← back · B/. black · W white · F freeze · Esc cancel · G or number+Enter go to · Tab overview · T pause timer · S swap screens · A audience window · +/− notes size · Esc (console) end</source>
        <translation>→/Espacio siguiente · ← atrás · B/. negro · W blanco · F congelar · Esc cancelar · G o número+Enter ir a · Tab miniaturas · T pausar reloj · S cambiar pantallas · A ventana del público · +/− letra de notas · Esc (consola) terminar</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message numerus="yes">
        <source>%n answer(s) so far — figures are shown from {min} answers</source>
        <translation>
            <numerusform>%n respuesta por ahora — las cifras se muestran desde {min} respuestas</numerusform>
            <numerusform>%n respuestas por ahora — las cifras se muestran desde {min} respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous. A question shows figures once {n} people have answered it.</source>
        <translation>Anónimo. Una pregunta muestra cifras cuando {n} personas la han contestado.</translation>
    </message>
    <message>
        <source>Free-text answers</source>
        <translation>Respuestas escritas</translation>
    </message>
    <message>
        <source>Free-text answers hidden (T shows them)</source>
        <translation>Respuestas escritas ocultas (T las muestra)</translation>
    </message>
    <message>
        <source>Free-text answers shown (T hides them)</source>
        <translation>Respuestas escritas visibles (T las oculta)</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results page</source>
        <translation>Página de resultados</translation>
    </message>
    <message>
        <source>This visit has no survey</source>
        <translation>Esta visita no tiene encuesta</translation>
    </message>
</context>
</TS>
