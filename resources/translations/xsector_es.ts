<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Foundational traits</source>
        <translation>Rasgos fundamentales</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <source>Behaviour cycles</source>
        <translation>Ciclos de comportamiento</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>votando</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>revelada</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>{n} rounds</source>
        <translation>{n} rondas</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Every card in order; pick one to go to it</source>
        <translation>Todas las tarjetas en orden; elija una para ir a ella</translation>
    </message>
</context>
<context>
    <name>Asker</name>
    <message>
        <source>xsector workshops (*.xsector)</source>
        <translation>Talleres de xsector (*.xsector)</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Guardar el nuevo taller como</translation>
    </message>
    <message>
        <source>Save a copy of the workshop</source>
        <translation>Guardar una copia del taller</translation>
    </message>
    <message>
        <source>This workshop cannot be opened</source>
        <translation>Este taller no se puede abrir</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Pick another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
</context>
<context>
    <name>AudienceCardPage</name>
    <message>
        <source>Card title</source>
        <translation>Título de la tarjeta</translation>
    </message>
    <message>
        <source>Proposed types:</source>
        <translation>Tipos propuestos:</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Propuesto:</translation>
    </message>
    <message>
        <source>Round {r} · voting…</source>
        <translation>Ronda {r} · votando…</translation>
    </message>
    <message>
        <source>{n} of {total} have voted</source>
        <translation>{n} de {total} han votado</translation>
    </message>
    <message>
        <source>1 hand counted</source>
        <translation>1 mano contada</translation>
    </message>
    <message>
        <source>{n} hands counted</source>
        <translation>{n} manos contadas</translation>
    </message>
    <message>
        <source>Round {r} · revealed</source>
        <translation>Ronda {r} · revelada</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} votos</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Preferred type: {choices}</source>
        <translation>Tipo preferido: {choices}</translation>
    </message>
</context>
<context>
    <name>AudienceChart</name>
    <message>
        <source>Votes per point of the scale</source>
        <translation>Votos por punto de la escala</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
</context>
<context>
    <name>AudienceJoin</name>
    <message>
        <source>Vote on your phone</source>
        <translation>Vote desde su móvil</translation>
    </message>
</context>
<context>
    <name>AudienceProfilePage</name>
    <message>
        <source>PARTNERSHIP PROFILE</source>
        <translation>PERFIL DE LA ALIANZA</translation>
    </message>
    <message>
        <source>Trust cycle: {s}? (suggested)</source>
        <translation>Ciclo de confianza: ¿{s}? (sugerida)</translation>
    </message>
    <message>
        <source>Trust cycle: {s}</source>
        <translation>Ciclo de confianza: {s}</translation>
    </message>
    <message>
        <source>Trust cycle: {s} (the signals suggested {t})</source>
        <translation>Ciclo de confianza: {s} (las señales sugerían {t})</translation>
    </message>
    <message>
        <source>{n} of {total} · Page Down</source>
        <translation>{n} de {total} · Av Pág</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
</context>
<context>
    <name>AudienceSectorPage</name>
    <message>
        <source>{n} of {total} · Page Down</source>
        <translation>{n} de {total} · Av Pág</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>xsector — audience screen</source>
        <translation>xsector — pantalla del público</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Pantalla del público</translation>
    </message>
</context>
<context>
    <name>BallotEntryDialog</name>
    <message>
        <source>Enter paper ballots</source>
        <translation>Introducir papeletas</translation>
    </message>
    <message>
        <source>Ballot code:</source>
        <translation>Código de papeleta:</translation>
    </message>
    <message>
        <source>Ballot code</source>
        <translation>Código de papeleta</translation>
    </message>
    <message>
        <source>e.g. P7-K3Q, then Enter</source>
        <translation>p. ej. P7-K3Q, y luego Intro</translation>
    </message>
    <message>
        <source>Ballot cards and answers</source>
        <translation>Tarjetas y respuestas de la papeleta</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Answer on the paper</source>
        <translation>Respuesta en el papel</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Deshacer el último paso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close ballot entry</source>
        <translation>Cerrar la entrada de papeletas</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Deshecho: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Rehecho: {what}.</translation>
    </message>
    <message>
        <source>{n} ballot entered here</source>
        <translation>{n} papeleta introducida aquí</translation>
    </message>
    <message>
        <source>{n} ballots entered here</source>
        <translation>{n} papeletas introducidas aquí</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Deshacer: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Foundational trait</source>
        <translation>Rasgo fundamental</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>{group} {number} · card {position} of {total}</source>
        <translation>{group} {number} · tarjeta {position} de {total}</translation>
    </message>
    <message>
        <source>Proposed types</source>
        <translation>Tipos propuestos</translation>
    </message>
    <message>
        <source>Proposed type</source>
        <translation>Tipo propuesto</translation>
    </message>
    <message>
        <source>Behaviour cycle</source>
        <translation>Ciclo de comportamiento</translation>
    </message>
</context>
<context>
    <name>ConsoleTimer</name>
    <message>
        <source>Start or pause the card timer</source>
        <translation>Iniciar o pausar el temporizador de la tarjeta</translation>
    </message>
    <message>
        <source>Start or pause the card timer (Shift+T)</source>
        <translation>Iniciar o pausar el temporizador de la tarjeta (Mayús+T)</translation>
    </message>
    <message>
        <source>Time box for this card</source>
        <translation>Tiempo asignado a esta tarjeta</translation>
    </message>
    <message>
        <source>Time box for this card: T cycles 3, 5, 10 minutes</source>
        <translation>Tiempo asignado a esta tarjeta: T alterna 3, 5, 10 minutos</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>{m} min box</source>
        <translation>{m} min asignados</translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <source>Presenting controls</source>
        <translation>Controles de presentación</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous card (Page Up)</source>
        <translation>Tarjeta anterior (Re Pág)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next card (Page Down)</source>
        <translation>Tarjeta siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Reveal the votes (R)</source>
        <translation>Revelar los votos (R)</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>New round (N)</source>
        <translation>Nueva ronda (N)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Start or pause the timer (Shift+T)</source>
        <translation>Iniciar o pausar el temporizador (Mayús+T)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Sector and role view (S)</source>
        <translation>Vista por sector y papel (S)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Partnership profile (P)</source>
        <translation>Perfil de la alianza (P)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <source>Blank the screen black (B)</source>
        <translation>Oscurecer la pantalla en negro (B)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Blank the screen white (W)</source>
        <translation>Dejar la pantalla en blanco (W)</translation>
    </message>
    <message>
        <source>Stop presenting (Esc on the card)</source>
        <translation>Dejar de presentar (Esc en la tarjeta)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Dónde guardar</translation>
    </message>
    <message>
        <source>Open a preview of the PDF when done</source>
        <translation>Abrir una vista previa del PDF al terminar</translation>
    </message>
    <message>
        <source>Print rounds not revealed to the room in the PDF (each marked)</source>
        <translation>Imprimir en el PDF las rondas no reveladas a la sala (cada una marcada)</translation>
    </message>
    <message>
        <source>Partnership profile (PDF)</source>
        <translation>Perfil de la alianza (PDF)</translation>
    </message>
    <message>
        <source>Handouts (PDF)</source>
        <translation>Material para repartir (PDF)</translation>
    </message>
    <message>
        <source>Paper ballots (PDF)</source>
        <translation>Papeletas (PDF)</translation>
    </message>
    <message>
        <source>Data as CSV files (folder)</source>
        <translation>Datos en archivos CSV (carpeta)</translation>
    </message>
    <message>
        <source>Data as JSON (one file)</source>
        <translation>Datos en JSON (un archivo)</translation>
    </message>
    <message>
        <source>Cover, profile at a glance, trust-cycle reading, a page per card, parking lot and appendix</source>
        <translation>Portada, perfil de un vistazo, lectura del ciclo de confianza, una página por tarjeta, aparcamiento y anexo</translation>
    </message>
    <message>
        <source>The framework on one page, a sheet per card, the two behaviour cycles</source>
        <translation>El marco en una página, una hoja por tarjeta, los dos ciclos de comportamiento</translation>
    </message>
    <message>
        <source>A ballot per participant, with a code to key it in later</source>
        <translation>Una papeleta por participante, con un código para introducirla después</translation>
    </message>
    <message>
        <source>participants.csv, votes.csv (with history), disagreements.csv, signals.csv</source>
        <translation>participants.csv, votes.csv (con historial), disagreements.csv, signals.csv</translation>
    </message>
    <message>
        <source>Everything in the CSV files, in one file</source>
        <translation>Todo lo de los archivos CSV, en un solo archivo</translation>
    </message>
    <message>
        <source>File name: {what}</source>
        <translation>Nombre de archivo: {what}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview: {what}</source>
        <translation>Vista previa: {what}</translation>
    </message>
    <message>
        <source>one ballot for each of the {n} participants, plus</source>
        <translation>una papeleta para cada uno de los {n} participantes, más</translation>
    </message>
    <message>
        <source>no roster to print names on:</source>
        <translation>no hay lista de participantes para imprimir nombres:</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Papeletas en blanco</translation>
    </message>
    <message>
        <source>blank ballots</source>
        <translation>papeletas en blanco</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Papel A4</translation>
    </message>
    <message>
        <source>US Letter paper</source>
        <translation>Papel carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Carpeta donde guardar</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Elija la carpeta donde guardar</translation>
    </message>
    <message>
        <source>Save the exports in</source>
        <translation>Guardar las exportaciones en</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export and print</source>
        <translation>Exportar e imprimir</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the chosen files</source>
        <translation>Exportar los archivos elegidos</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Tick at least one thing to export.</source>
        <translation>Marque al menos una cosa para exportar.</translation>
    </message>
    <message>
        <source>Every file needs a name.</source>
        <translation>Cada archivo necesita un nombre.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
    </message>
    <message>
        <source>Cancelled. {count} file was saved whole before that; nothing is half written.</source>
        <translation>Cancelado. Antes se guardó completo {count} archivo; nada quedó a medio escribir.</translation>
    </message>
    <message>
        <source>Cancelled. {count} files were saved whole before that; nothing is half written.</source>
        <translation>Cancelado. Antes se guardaron completos {count} archivos; nada quedó a medio escribir.</translation>
    </message>
    <message>
        <source>Saved {count} file in {folder}.</source>
        <translation>Se guardó {count} archivo en {folder}.</translation>
    </message>
    <message>
        <source>Saved {count} files in {folder}.</source>
        <translation>Se guardaron {count} archivos en {folder}.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se guardó nada.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>FaultBanner</name>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Reconnect  {keys}</source>
        <translation>Reconectar  {keys}</translation>
    </message>
    <message>
        <source>Reconnect the workshop</source>
        <translation>Volver a conectar el taller</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Open the other workshop</source>
        <translation>Abrir el otro taller</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <source>Leave the other workshop closed</source>
        <translation>Dejar cerrado el otro taller</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>The workshop was closed, but not completely</source>
        <translation>El taller se cerró, pero no del todo</translation>
    </message>
    <message>
        <source>The disk that holds the workshop is full. Free some space on it (empty the trash, move large files away), then do it again.</source>
        <translation>El disco donde está el taller está lleno. Libere espacio (vacíe la papelera, mueva archivos grandes) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another program has the workshop file locked (sqlite3, Datasette, a sync tool). Close that program, then do it again.</source>
        <translation>Otro programa tiene bloqueado el archivo del taller (sqlite3, Datasette, una herramienta de sincronización). Cierre ese programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The drive that holds the workshop cannot be reached. Reconnect it, then do it again; once the workshop is there again, the banner offers Reconnect, which opens it again where you are. Nothing shown on screen is lost.</source>
        <translation>No se puede acceder a la unidad donde está el taller. Vuelva a conectarla e inténtelo de nuevo; cuando el taller vuelva a estar ahí, la franja ofrecerá Reconectar, que lo abre de nuevo donde estaba. No se pierde nada de lo que se ve en pantalla.</translation>
    </message>
    <message>
        <source>The workshop file can no longer be written. Make it writable again, or keep working on a copy (File &gt; Save a copy…).</source>
        <translation>Ya no se puede escribir en el archivo del taller. Vuelva a permitir la escritura o siga trabajando en una copia (Archivo &gt; Guardar una copia…).</translation>
    </message>
    <message>
        <source>The workshop file now reads as damaged. Close the workshop and check it (xsector check); earlier copies are in the .xsector-backups folder beside it.</source>
        <translation>El archivo del taller parece ahora dañado. Cierre el taller y compruébelo (xsector check); hay copias anteriores en la carpeta .xsector-backups, a su lado.</translation>
    </message>
    <message>
        <source>Not saved: {what}.</source>
        <translation>No se guardó: {what}.</translation>
    </message>
    <message>
        <source>The workshop could not be read.</source>
        <translation>No se pudo leer el taller.</translation>
    </message>
    <message>
        <source>⚠ Changes are not being saved. {not_saved} {advice}</source>
        <translation>⚠ Los cambios no se están guardando. {not_saved} {advice}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Reconnect the workshop</source>
        <translation>Volver a conectar el taller</translation>
    </message>
    <message>
        <source>{not_saved}

{advice}

Everything shown before it is saved.

({detail})</source>
        <translation>{not_saved}

{advice}

Todo lo que se mostró antes está guardado.

({detail})</translation>
    </message>
    <message>
        <source>Saving works again.</source>
        <translation>Ya se puede guardar de nuevo.</translation>
    </message>
    <message>
        <source>The workshop file was changed from outside</source>
        <translation>El archivo del taller se cambió desde fuera</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copia no se guardó</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Copia guardada: {path}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Esc, F1 or ? closes this</source>
        <translation>Esc, F1 o ? cierra esta ayuda</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The new language shows the next time xsector starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se inicie xsector.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>RAISED</source>
        <translation>PLANTEADO</translation>
    </message>
    <message>
        <source>Raised on this card</source>
        <translation>Planteado en esta tarjeta</translation>
    </message>
    <message>
        <source>Space toggles open or resolved</source>
        <translation>Espacio alterna abierto o resuelto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Planteado por</translation>
    </message>
    <message>
        <source>What was raised? (Enter adds)</source>
        <translation>¿Qué se planteó? (Intro añade)</translation>
    </message>
    <message>
        <source>What was raised</source>
        <translation>Qué se planteó</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>Añadir al registro</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Disagreement log</source>
        <translation>Registro de desacuerdos</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Cerrar el taller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Walk-through</source>
        <translation>&amp;Recorrido</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importar participantes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>The workshop was not created</source>
        <translation>El taller no se creó</translation>
    </message>
    <message>
        <source>The sample could not be built</source>
        <translation>No se pudo crear el ejemplo</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Partnership name</source>
        <translation>Nombre de la alianza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Living Cities cross-sector partnerships (2013)</source>
        <translation>Alianzas intersectoriales de Living Cities (2013)</translation>
    </message>
    <message>
        <source>Living Cities cross-sector partnerships (2013), in Spanish</source>
        <translation>Alianzas intersectoriales de Living Cities (2013), en español</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Mazo</translation>
    </message>
    <message>
        <source>Vote scale</source>
        <translation>Escala de voto</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>PROBLEM-SOLVING NOTES</source>
        <translation>NOTAS DE RESOLUCIÓN DE PROBLEMAS</translation>
    </message>
    <message>
        <source>Note about</source>
        <translation>Nota sobre</translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation>Todo el taller</translation>
    </message>
    <message>
        <source>Problem-solving stage</source>
        <translation>Etapa de resolución de problemas</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>What did the group observe, interpret, try…</source>
        <translation>Qué observó, interpretó, probó el grupo…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Todo el taller</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
</context>
<context>
    <name>PhoneMenu</name>
    <message>
        <source>Phone &amp;voting</source>
        <translation>Votación por &amp;móvil</translation>
    </message>
    <message>
        <source>Phones join by ballot c&amp;ode only</source>
        <translation>Los móviles entran solo con el c&amp;ódigo de papeleta</translation>
    </message>
    <message>
        <source>Phones show the r&amp;esult after a reveal</source>
        <translation>Los móviles muestran el r&amp;esultado tras revelar</translation>
    </message>
    <message>
        <source>Join code on the a&amp;udience screen</source>
        <translation>Código de acceso en la pantalla del &amp;público</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phone voting</source>
        <translation>Votación por móvil</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>Código QR de la dirección de acceso</translation>
    </message>
    <message>
        <source>Phones that have joined</source>
        <translation>Móviles que se han unido</translation>
    </message>
    <message>
        <source>Free the name</source>
        <translation>Liberar el nombre</translation>
    </message>
    <message>
        <source>Let another phone take the chosen name</source>
        <translation>Dejar que otro móvil tome el nombre elegido</translation>
    </message>
    <message>
        <source>Stop phone voting</source>
        <translation>Detener la votación</translation>
    </message>
    <message>
        <source>1 phone has joined</source>
        <translation>Se ha unido 1 móvil</translation>
    </message>
    <message>
        <source>{n} phones have joined</source>
        <translation>Se han unido {n} móviles</translation>
    </message>
    <message>
        <source>{n} of {expected} have joined by phone</source>
        <translation>{n} de {expected} se han unido por móvil</translation>
    </message>
</context>
<context>
    <name>PhoneVoting</name>
    <message>
        <source>Phone voting could not start: {error}</source>
        <translation>La votación por móvil no pudo empezar: {error}</translation>
    </message>
    <message>
        <source>votes from phones</source>
        <translation>votos desde los teléfonos</translation>
    </message>
    <message>
        <source>Anonymous phone {n}</source>
        <translation>Móvil anónimo {n}</translation>
    </message>
</context>
<context>
    <name>PresentMenu</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>&amp;Present to the room</source>
        <translation>&amp;Presentar a la sala</translation>
    </message>
    <message>
        <source>Back to the card, or &amp;stop presenting</source>
        <translation>Volver a la tarjeta, o &amp;dejar de presentar</translation>
    </message>
    <message>
        <source>&amp;Blank the audience screen (black)</source>
        <translation>&amp;Oscurecer la pantalla del público (negro)</translation>
    </message>
    <message>
        <source>Blank the audience screen &amp;white</source>
        <translation>Pantalla del público en &amp;blanco</translation>
    </message>
    <message>
        <source>&amp;Stop presenting</source>
        <translation>&amp;Dejar de presentar</translation>
    </message>
    <message>
        <source>Audience on the &amp;next screen</source>
        <translation>Público en la pantalla &amp;siguiente</translation>
    </message>
    <message>
        <source>Audience &amp;screen</source>
        <translation>&amp;Pantalla del público</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Text size 100%</source>
        <translation>&amp;Tamaño de texto 100 %</translation>
    </message>
    <message>
        <source>&amp;Time box 3 / 5 / 10 minutes</source>
        <translation>&amp;Tiempo asignado 3 / 5 / 10 minutos</translation>
    </message>
    <message>
        <source>Start or pause the &amp;card timer</source>
        <translation>Iniciar o pausar el &amp;temporizador de la tarjeta</translation>
    </message>
    <message>
        <source>Votes by s&amp;ector and role</source>
        <translation>Votos por s&amp;ector y papel</translation>
    </message>
    <message>
        <source>Partnership p&amp;rofile</source>
        <translation>Pe&amp;rfil de la alianza</translation>
    </message>
    <message>
        <source>&amp;Hide or show the control strip</source>
        <translation>&amp;Ocultar o mostrar la barra de control</translation>
    </message>
    <message>
        <source> — the console</source>
        <translation> — la consola</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Partnership profile</source>
        <translation>Perfil de la alianza</translation>
    </message>
    <message>
        <source>Behaviour cycle</source>
        <translation>Ciclo de comportamiento</translation>
    </message>
    <message>
        <source>Card {n} of {total}</source>
        <translation>Tarjeta {n} de {total}</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>the printer {name} could not be started</source>
        <translation>no se pudo poner en marcha la impresora {name}</translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation>{title} — vista previa</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Vista de página</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar ancho</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Ajustar al ancho de página</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página entera</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Mostrar páginas enteras</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>de {total}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing page {n} of {total}…</source>
        <translation>Imprimiendo la página {n} de {total}…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>{path}: cannot be read for printing</source>
        <translation>{path}: no se puede leer para imprimir</translation>
    </message>
</context>
<context>
    <name>PrintingMenu</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Enter paper &amp;ballots…</source>
        <translation>Introducir &amp;papeletas…</translation>
    </message>
</context>
<context>
    <name>ProfileGrid</name>
    <message>
        <source>Every card at a glance</source>
        <translation>Todas las tarjetas de un vistazo</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Framework&apos;s type</source>
        <translation>Tipo del marco</translation>
    </message>
    <message>
        <source>Where the group stands</source>
        <translation>Dónde está el grupo</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Partnership profile</source>
        <translation>Perfil de la alianza</translation>
    </message>
    <message>
        <source>◀ Back to the walk-through (P)</source>
        <translation>◀ Volver al recorrido (P)</translation>
    </message>
    <message>
        <source>Back to the walk-through</source>
        <translation>Volver al recorrido</translation>
    </message>
    <message>
        <source>Every card at a glance</source>
        <translation>Todas las tarjetas de un vistazo</translation>
    </message>
    <message>
        <source>Confirm the suggested stage or choose another (keys 1 to 4):</source>
        <translation>Confirme la etapa sugerida o elija otra (teclas 1 a 4):</translation>
    </message>
    <message>
        <source>Choose {s}</source>
        <translation>Elegir {s}</translation>
    </message>
    <message>
        <source>TRUST CYCLE</source>
        <translation>CICLO DE CONFIANZA</translation>
    </message>
    <message>
        <source>Suggested: {s}. Not yet confirmed.</source>
        <translation>Sugerida: {s}. Aún sin confirmar.</translation>
    </message>
    <message>
        <source>{s}: suggested and confirmed.</source>
        <translation>{s}: sugerida y confirmada.</translation>
    </message>
    <message>
        <source>Chosen: {c} (the signals suggested {s}).</source>
        <translation>Elegida: {c} (las señales sugerían {s}).</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (sugerida)</translation>
    </message>
</context>
<context>
    <name>Reconnector</name>
    <message>
        <source>The workshop&apos;s drive is back: Reconnect opens the workshop again here, on this card, with every change saved before the drive went away.</source>
        <translation>La unidad del taller ha vuelto: Reconectar abre de nuevo el taller aquí, en esta tarjeta, con todos los cambios guardados antes de que la unidad se perdiera.</translation>
    </message>
    <message>
        <source>The file now at this place is another workshop (“{name}”), not this one; it was not opened. Open it instead, or leave it and keep this one on screen.</source>
        <translation>El archivo que está ahora en ese lugar es otro taller (“{name}”), no este; no se ha abierto. Ábralo en su lugar, o déjelo y mantenga este en pantalla.</translation>
    </message>
    <message>
        <source>The workshop is connected again; every change saved is in it.</source>
        <translation>El taller vuelve a estar conectado; contiene todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Phone voting was stopped with the lost connection: turn it on again (Present &gt; Phone voting). Phones then join again.</source>
        <translation>La votación por móvil se detuvo al perderse la conexión: vuelva a activarla (Presentar &gt; Votación por móvil). Los móviles se unen de nuevo entonces.</translation>
    </message>
    <message>
        <source>Presenting could not start again: press F5.</source>
        <translation>No se pudo volver a presentar: pulse F5.</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconectado</translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <source>Stop  Esc</source>
        <translation>Parar  Esc</translation>
    </message>
    <message>
        <source>Present  F5</source>
        <translation>Presentar  F5</translation>
    </message>
    <message>
        <source>Present to the room</source>
        <translation>Presentar a la sala</translation>
    </message>
    <message>
        <source>the room&apos;s text size</source>
        <translation>el tamaño del texto de la sala</translation>
    </message>
</context>
<context>
    <name>RoomMonitor</name>
    <message>
        <source>THE ROOM SEES</source>
        <translation>LA SALA VE</translation>
    </message>
    <message>
        <source>Esc: back to the card, then stop
B: black · W: white · any key: back</source>
        <translation>Esc: volver a la tarjeta, luego parar
B: negro · W: blanco · cualquier tecla: volver</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Lo que ve la sala</translation>
    </message>
    <message>
        <source>Blanked</source>
        <translation>Oscurecida</translation>
    </message>
</context>
<context>
    <name>RoomPicture</name>
    <message>
        <source>BLANKED</source>
        <translation>OSCURECIDA</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Save a roster template</source>
        <translation>Guardar una plantilla de participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>{file}: {n} rows</source>
        <translation>{file}: {n} filas</translation>
    </message>
    <message>
        <source>{file}: 1 row</source>
        <translation>{file}: 1 fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>then (joined with a space)</source>
        <translation>luego (unido con un espacio)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Sector column</source>
        <translation>Columna de sector</translation>
    </message>
    <message>
        <source>none: by organisation</source>
        <translation>ninguna: por organización</translation>
    </message>
    <message>
        <source>Role column</source>
        <translation>Columna de papel</translation>
    </message>
    <message>
        <source>none: not said</source>
        <translation>ninguna: sin indicar</translation>
    </message>
    <message>
        <source>Organisation column</source>
        <translation>Columna de organización</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sector for each organisation</source>
        <translation>Sector de cada organización</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Save a template CSV…</source>
        <translation>Guardar una plantilla CSV…</translation>
    </message>
    <message>
        <source>Save a roster template CSV</source>
        <translation>Guardar una plantilla CSV de participantes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Preview: nothing is added until you press Add</source>
        <translation>Vista previa: no se añade nada hasta que pulse Añadir</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>columna {n}</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(sin organización)</translation>
    </message>
    <message>
        <source>Choose a sector</source>
        <translation>Elija un sector</translation>
    </message>
    <message>
        <source>Sector for {org}</source>
        <translation>Sector de {org}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>skipped: the same name is earlier in the file</source>
        <translation>omitido: el mismo nombre aparece antes en el archivo</translation>
    </message>
    <message>
        <source>skipped: already on the roster</source>
        <translation>omitido: ya está en la lista</translation>
    </message>
    <message>
        <source>skipped: no name</source>
        <translation>omitido: sin nombre</translation>
    </message>
    <message>
        <source>problem: {what}</source>
        <translation>problema: {what}</translation>
    </message>
    <message>
        <source>Not kept: {columns}</source>
        <translation>No se conserva: {columns}</translation>
    </message>
    <message>
        <source>{add} to add · {skip} skipped · {bad} to fix</source>
        <translation>{add} por añadir · {skip} omitidos · {bad} por corregir</translation>
    </message>
    <message>
        <source>Add 1 participant</source>
        <translation>Añadir 1 participante</translation>
    </message>
    <message>
        <source>Add {n} participants</source>
        <translation>Añadir {n} participantes</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Other (say which)…</source>
        <translation>Otro (indique cuál)…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Anonymous: count show-of-hands tallies, no names</source>
        <translation>Anónimo: contar manos alzadas, sin nombres</translation>
    </message>
    <message>
        <source>Anonymous mode</source>
        <translation>Modo anónimo</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Importar participantes de un archivo CSV</translation>
    </message>
    <message>
        <source>Template CSV…</source>
        <translation>Plantilla CSV…</translation>
    </message>
    <message>
        <source>Save a roster template CSV</source>
        <translation>Guardar una plantilla CSV de participantes</translation>
    </message>
    <message>
        <source>A CSV with the columns name, sector, role to fill in a spreadsheet</source>
        <translation>Un CSV con las columnas name, sector, role para rellenar en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Start the walk-through ▶</source>
        <translation>Empezar el recorrido ▶</translation>
    </message>
    <message>
        <source>Go to the walk-through</source>
        <translation>Ir al recorrido</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Nombre del nuevo participante</translation>
    </message>
    <message>
        <source>New participant&apos;s sector</source>
        <translation>Sector del nuevo participante</translation>
    </message>
    <message>
        <source>Which sector?</source>
        <translation>¿Qué sector?</translation>
    </message>
    <message>
        <source>The other sector, in your words</source>
        <translation>El otro sector, con sus palabras</translation>
    </message>
    <message>
        <source>New participant&apos;s role</source>
        <translation>Papel del nuevo participante</translation>
    </message>
    <message>
        <source>Add  (Enter)</source>
        <translation>Añadir  (Intro)</translation>
    </message>
    <message>
        <source>Add the participant</source>
        <translation>Añadir al participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>F2 edits a cell; Delete removes the person</source>
        <translation>F2 edita una celda; Supr quita a la persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Quitar al participante seleccionado</translation>
    </message>
    <message>
        <source>Roster message</source>
        <translation>Mensaje de la lista de participantes</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Escriba primero un nombre.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se añadió a {name}.</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({why})</source>
        <translation>{file}: no se puede escribir ({why})</translation>
    </message>
    <message>
        <source>Saved the template as {file}.</source>
        <translation>Plantilla guardada como {file}.</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participantes</translation>
    </message>
    <message>
        <source>Imported {n} participants.</source>
        <translation>Se importaron {n} participantes.</translation>
    </message>
</context>
<context>
    <name>RoundBox</name>
    <message>
        <source>Round {n} · 1 vote</source>
        <translation>Ronda {n} · 1 voto</translation>
    </message>
    <message>
        <source>Round {n} · {votes} votes</source>
        <translation>Ronda {n} · {votes} votos</translation>
    </message>
    <message>
        <source>Round {n} · hidden · {votes} voted</source>
        <translation>Ronda {n} · oculta · {votes} han votado</translation>
    </message>
    <message>
        <source>Votes stay hidden until Reveal (R)</source>
        <translation>Los votos siguen ocultos hasta Revelar (R)</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
</context>
<context>
    <name>ScaleLegend</name>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
</context>
<context>
    <name>SectorDock</name>
    <message>
        <source>By sector and role (S)</source>
        <translation>Por sector y papel (S)</translation>
    </message>
    <message>
        <source>Votes by sector and role</source>
        <translation>Votos por sector y papel</translation>
    </message>
</context>
<context>
    <name>SectorViewWidget</name>
    <message>
        <source>Votes by sector and by role</source>
        <translation>Votos por sector y por papel</translation>
    </message>
    <message>
        <source>By sector and role</source>
        <translation>Por sector y papel</translation>
    </message>
    <message>
        <source>Shown once this card&apos;s votes are revealed.</source>
        <translation>Se muestra cuando se revelan los votos de esta tarjeta.</translation>
    </message>
    <message>
        <source>Round {r} by sector and by role</source>
        <translation>Ronda {r} por sector y por papel</translation>
    </message>
    <message>
        <source>No group is large enough to show on its own.</source>
        <translation>Ningún grupo es lo bastante grande para mostrarlo por separado.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>{n} voters</source>
        <translation>{n} votantes</translation>
    </message>
    <message>
        <source>1 voter in a sector of fewer than {m} people is not shown on their own.</source>
        <translation>1 votante de un sector con menos de {m} personas no se muestra por separado.</translation>
    </message>
    <message>
        <source>{n} voters in sectors of fewer than {m} people are not shown on their own.</source>
        <translation>{n} votantes de sectores con menos de {m} personas no se muestran por separado.</translation>
    </message>
    <message>
        <source>1 show-of-hands vote has no sector.</source>
        <translation>1 voto a mano alzada no tiene sector.</translation>
    </message>
    <message>
        <source>{n} show-of-hands votes have no sector.</source>
        <translation>{n} votos a mano alzada no tienen sector.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Workshop settings</source>
        <translation>Configuración del taller</translation>
    </message>
    <message>
        <source>Partnership name</source>
        <translation>Nombre de la alianza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Protect small groups (never show a sector or role with fewer than 3 voters)</source>
        <translation>Proteger los grupos pequeños (no mostrar nunca un sector o papel con menos de 3 votantes)</translation>
    </message>
    <message>
        <source>Protect small groups</source>
        <translation>Proteger los grupos pequeños</translation>
    </message>
    <message>
        <source>Print aliases only (“Participant 3”, not names)</source>
        <translation>Imprimir solo alias («Participante 3», no nombres)</translation>
    </message>
    <message>
        <source>Print aliases only</source>
        <translation>Imprimir solo alias</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Storming signals</source>
        <translation>Señales de conflicto</translation>
    </message>
    <message>
        <source>A card is marked watch or storming as soon as one of these rules fires; otherwise it is calm. Groups are two sectors, or doers and decision-makers.</source>
        <translation>Una tarjeta se marca en atención o en conflicto en cuanto se cumple una de estas reglas; si no, está en calma. Los grupos son dos sectores, o ejecutores y decisores.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>Restore the default thresholds</source>
        <translation>Restablecer los umbrales predeterminados</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Qué hay que corregir</translation>
    </message>
    <message>
        <source>This workshop is open read-only: nothing here can be changed.</source>
        <translation>Este taller está abierto en solo lectura: aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Set aside from the workshop file: {p}</source>
        <translation>Apartado del archivo del taller: {p}</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Watch when consensus is below</source>
        <translation>Atención si el consenso está por debajo de</translation>
    </message>
    <message>
        <source>0: split half and half; 1: everyone agrees.</source>
        <translation>0: dividido mitad y mitad; 1: todos de acuerdo.</translation>
    </message>
    <message>
        <source>Storming when consensus is below</source>
        <translation>Conflicto si el consenso está por debajo de</translation>
    </message>
    <message>
        <source>At most the watch value.</source>
        <translation>Como mucho el valor de atención.</translation>
    </message>
    <message>
        <source>Storming when agreement A is below</source>
        <translation>Conflicto si el acuerdo A está por debajo de</translation>
    </message>
    <message>
        <source>Below 0 the votes form two camps.</source>
        <translation>Por debajo de 0 los votos forman dos bandos.</translation>
    </message>
    <message>
        <source>Storming at this many blocks</source>
        <translation>Conflicto a partir de estos bloqueos</translation>
    </message>
    <message>
        <source>A fist or a veto: someone cannot go along.</source>
        <translation>Un puño o un veto: alguien no puede aceptarlo.</translation>
    </message>
    <message>
        <source>Watch when groups are this far apart</source>
        <translation>Atención si los grupos están así de lejos</translation>
    </message>
    <message>
        <source>Share of the scale: 25 % is 1 point of 5.</source>
        <translation>Parte de la escala: 25 % es 1 punto de 5.</translation>
    </message>
    <message>
        <source>Storming when groups are this far apart</source>
        <translation>Conflicto si los grupos están así de lejos</translation>
    </message>
    <message>
        <source>At least the watch gap.</source>
        <translation>Al menos la distancia de atención.</translation>
    </message>
    <message>
        <source>Watch at this many open objections</source>
        <translation>Atención a partir de estas objeciones abiertas</translation>
    </message>
    <message>
        <source>Raised and not yet resolved.</source>
        <translation>Planteada y aún no resuelta.</translation>
    </message>
    <message>
        <source>Watch when this share asks to discuss more</source>
        <translation>Atención si esta parte pide hablarlo más</translation>
    </message>
    <message>
        <source>Of the votes; gradients of agreement only.</source>
        <translation>De los votos; solo en los gradientes de acuerdo.</translation>
    </message>
    <message>
        <source>Turn privacy protection off?</source>
        <translation>¿Desactivar la protección de la privacidad?</translation>
    </message>
    <message>
        <source>Groups of 2 will be shown on the projector and in the PDF: a sector or role with only two voters can then be read off its mean. Turn the protection off?</source>
        <translation>Los grupos de 2 se mostrarán en el proyector y en el PDF: de un sector o papel con solo dos votantes se podrá deducir cada voto a partir de su media. ¿Desactivar la protección?</translation>
    </message>
    <message>
        <source>Change the name or date?</source>
        <translation>¿Cambiar el nombre o la fecha?</translation>
    </message>
    <message>
        <source>Paper ballots carry a code made from the partnership&apos;s name and date. Ballots printed before this change will not be accepted when keyed in; print new ones. Change it?</source>
        <translation>Las papeletas llevan un código hecho con el nombre y la fecha de la alianza. Las papeletas impresas antes de este cambio no se aceptarán al introducirlas; imprima otras nuevas. ¿Cambiarlo?</translation>
    </message>
    <message>
        <source>The partnership needs a name.</source>
        <translation>La alianza necesita un nombre.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Escriba la fecha como AAAA-MM-DD, o déjela vacía.</translation>
    </message>
    <message>
        <source>Storming consensus must not be above watch consensus.</source>
        <translation>El consenso de conflicto no puede estar por encima del de atención.</translation>
    </message>
    <message>
        <source>The storming gap must be at least the watch gap.</source>
        <translation>La distancia de conflicto debe ser al menos la de atención.</translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <source>SIGNAL</source>
        <translation>SEÑAL</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The signal appears when a round is revealed.</source>
        <translation>La señal aparece cuando se revela una ronda.</translation>
    </message>
    <message>
        <source>Round {r}</source>
        <translation>Ronda {r}</translation>
    </message>
    <message>
        <source>(a newer round is still hidden)</source>
        <translation>(una ronda más reciente sigue oculta)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>xsector</source>
        <translation>xsector</translation>
    </message>
    <message>
        <source>Walk a cross-sector partnership through its traits and factors</source>
        <translation>Recorra con una alianza intersectorial sus rasgos y factores</translation>
    </message>
    <message>
        <source>New workshop…  (Ctrl+N)</source>
        <translation>Nuevo taller…  (Ctrl+N)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Open a workshop…  (Ctrl+O)</source>
        <translation>Abrir un taller…  (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Abrir el taller de ejemplo</translation>
    </message>
    <message>
        <source>No recent workshops yet</source>
        <translation>Aún no hay talleres recientes</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Talleres recientes</translation>
    </message>
</context>
<context>
    <name>TimerPill</name>
    <message>
        <source>Time left on this card</source>
        <translation>Tiempo que queda en esta tarjeta</translation>
    </message>
    <message>
        <source>time&apos;s up {over}</source>
        <translation>tiempo agotado {over}</translation>
    </message>
</context>
<context>
    <name>TrustCycleDrawing</name>
    <message>
        <source>Trust cycle</source>
        <translation>Ciclo de confianza</translation>
    </message>
    <message>
        <source>suggested: {s}</source>
        <translation>sugerida: {s}</translation>
    </message>
    <message>
        <source>chosen: {s}</source>
        <translation>elegida: {s}</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
</context>
<context>
    <name>UndoMirror</name>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Round {n} is revealed</source>
        <translation>La ronda {n} está revelada</translation>
    </message>
    <message>
        <source>Round {n} has been revealed. Change it with this vote ({name}) as a correction (the room&apos;s result changes), or open round {next} for it?</source>
        <translation>La ronda {n} ya se reveló. ¿Cambiarla con este voto ({name}) como corrección (cambia el resultado de la sala), o abrir la ronda {next} para él?</translation>
    </message>
    <message>
        <source>Correct round {n}</source>
        <translation>Corregir la ronda {n}</translation>
    </message>
    <message>
        <source>Open round {n}</source>
        <translation>Abrir la ronda {n}</translation>
    </message>
    <message>
        <source>Round status</source>
        <translation>Estado de la ronda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Type (C):</source>
        <translation>Tipo (C):</translation>
    </message>
    <message>
        <source>Vote %1: %2</source>
        <translation>Votar %1: %2</translation>
    </message>
    <message>
        <source>One hand fewer for %1</source>
        <translation>Una mano menos para %1</translation>
    </message>
    <message>
        <source>Reveal  (R)</source>
        <translation>Revelar  (R)</translation>
    </message>
    <message>
        <source>Reveal the votes</source>
        <translation>Revelar los votos</translation>
    </message>
    <message>
        <source>New round  (N)</source>
        <translation>Nueva ronda  (N)</translation>
    </message>
    <message>
        <source>Open a new round</source>
        <translation>Abrir una nueva ronda</translation>
    </message>
    <message>
        <source>one hand more for {point}</source>
        <translation>una mano más para {point}</translation>
    </message>
    <message>
        <source>one hand fewer for {point}</source>
        <translation>una mano menos para {point}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Type choice: %1</source>
        <translation>Tipo elegido: %1</translation>
    </message>
    <message>
        <source>{name}: voted {value}, {label}</source>
        <translation>{name}: votó {value}, {label}</translation>
    </message>
    <message>
        <source>{name}: has voted from a phone</source>
        <translation>{name}: ha votado desde un móvil</translation>
    </message>
    <message>
        <source>{name}: has voted</source>
        <translation>{name}: ha votado</translation>
    </message>
    <message>
        <source>{name}: has not voted</source>
        <translation>{name}: no ha votado</translation>
    </message>
    <message>
        <source>No participants yet: add them on the roster (Ctrl+1)</source>
        <translation>Aún no hay participantes: añádalos en la lista (Control+1)</translation>
    </message>
    <message>
        <source>No round yet: vote to open round 1</source>
        <translation>Aún no hay ronda: vote para abrir la ronda 1</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>revelada</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>1 hand counted</source>
        <translation>1 mano contada</translation>
    </message>
    <message>
        <source>{n} hands counted</source>
        <translation>{n} manos contadas</translation>
    </message>
    <message>
        <source>{voted} of {expected} have voted</source>
        <translation>{voted} de {expected} han votado</translation>
    </message>
    <message>
        <source>Round {round} ({shown}) · {count}</source>
        <translation>Ronda {round} ({shown}) · {count}</translation>
    </message>
    <message>
        <source>Number key: one hand more · Alt+number: one fewer</source>
        <translation>Tecla numérica: una mano más · Alt+número: una menos</translation>
    </message>
    <message>
        <source>N opens a new round · pick a person to correct a vote</source>
        <translation>N abre una nueva ronda · elija a una persona para corregir un voto</translation>
    </message>
    <message>
        <source>Everyone has voted · R reveals</source>
        <translation>Todos han votado · R revela</translation>
    </message>
    <message>
        <source>← → picks a person, a number votes</source>
        <translation>← → elige a una persona, un número vota</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation>Tarjeta anterior</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Tarjeta siguiente</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>AGENDA</source>
        <translation>AGENDA</translation>
    </message>
    <message>
        <source>A behaviour cycle is read and discussed, not voted on. The group&apos;s place in the trust cycle is suggested from the signals of all the cards.</source>
        <translation>Un ciclo de comportamiento se lee y se comenta, no se vota. El lugar del grupo en el ciclo de confianza se sugiere a partir de las señales de todas las tarjetas.</translation>
    </message>
    <message>
        <source>Card {n} of {total}</source>
        <translation>Tarjeta {n} de {total}</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SOLO LECTURA</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Keys: {points} · S left blank · Backspace step back · Enter store the ballot · Esc start the ballot over</source>
        <translation>Teclas: {points} · S en blanco · Retroceso volver atrás · Intro guardar la papeleta · Esc empezar de nuevo</translation>
    </message>
    <message>
        <source>Blank ballot {n}</source>
        <translation>Papeleta en blanco {n}</translation>
    </message>
    <message>
        <source>— left blank</source>
        <translation>— en blanco</translation>
    </message>
    <message>
        <source>{value}  {label}  ·  which type? {choices}</source>
        <translation>{value}  {label}  ·  ¿qué tipo? {choices}</translation>
    </message>
    <message>
        <source>Type the code printed on the ballot, then press Enter.</source>
        <translation>Escriba el código impreso en la papeleta y pulse Intro.</translation>
    </message>
    <message>
        <source>All {n} cards keyed. Enter stores the ballot; Backspace steps back.</source>
        <translation>Las {n} tarjetas están introducidas. Intro guarda la papeleta; Retroceso vuelve atrás.</translation>
    </message>
    <message>
        <source>Card {n} of {total}: {title}</source>
        <translation>Tarjeta {n} de {total}: {title}</translation>
    </message>
    <message>
        <source>{where} — which type is ticked? Press 1–{n}, or Enter for none.</source>
        <translation>{where} — ¿qué tipo está marcado? Pulse 1–{n}, o Intro si ninguno.</translation>
    </message>
    <message>
        <source>{where} — press the ticked number ({values}), or S if blank.</source>
        <translation>{where} — pulse el número marcado ({values}), o S si está en blanco.</translation>
    </message>
    <message>
        <source>{name}&apos;s paper ballot was already entered. Storing this one replaces those {n} votes.</source>
        <translation>La papeleta de {name} ya se introdujo. Guardar esta sustituye esos {n} votos.</translation>
    </message>
    <message>
        <source>{name} already voted on {n} of these cards. This ballot replaces those votes.</source>
        <translation>{name} ya votó en {n} de estas tarjetas. Esta papeleta sustituye esos votos.</translation>
    </message>
    <message>
        <source>Blank ballot {code} was already entered. Storing it again counts its votes twice.</source>
        <translation>La papeleta en blanco {code} ya se introdujo. Guardarla otra vez cuenta sus votos dos veces.</translation>
    </message>
    <message>
        <source>“{detail}” is not a ballot code. Codes look like P12-ABC or B3-ABC.</source>
        <translation>«{detail}» no es un código de papeleta. Los códigos son como P12-ABC o B3-ABC.</translation>
    </message>
    <message>
        <source>Ballot “{detail}” is not from this workshop (or has a typo): its check letters do not match {partnership}.</source>
        <translation>La papeleta «{detail}» no es de este taller (o tiene una errata): sus letras de control no coinciden con {partnership}.</translation>
    </message>
    <message>
        <source>That ballot is for participant {detail}, who is not on this workshop&apos;s roster.</source>
        <translation>Esa papeleta es del participante {detail}, que no está en la lista de este taller.</translation>
    </message>
    <message>
        <source>{detail} is not on the scale: press {values}, or S to leave the card blank.</source>
        <translation>{detail} no está en la escala: pulse {values}, o S para dejar la tarjeta en blanco.</translation>
    </message>
    <message>
        <source>{detail} is not one of this card&apos;s types.</source>
        <translation>{detail} no es uno de los tipos de esta tarjeta.</translation>
    </message>
    <message>
        <source>Key this card&apos;s answer first, or S to leave it blank.</source>
        <translation>Introduzca primero la respuesta de esta tarjeta, o S para dejarla en blanco.</translation>
    </message>
    <message>
        <source>Every card is blank: there is nothing to store. Esc starts the ballot over.</source>
        <translation>Todas las tarjetas están en blanco: no hay nada que guardar. Esc empieza la papeleta de nuevo.</translation>
    </message>
    <message>
        <source>This workshop is open read-only: ballots cannot be stored.</source>
        <translation>Este taller está abierto en solo lectura: no se pueden guardar papeletas.</translation>
    </message>
    <message>
        <source>The ballot was not stored: the status bar says why.</source>
        <translation>La papeleta no se guardó: la barra de estado dice por qué.</translation>
    </message>
    <message>
        <source>blank ballot</source>
        <translation>papeleta en blanco</translation>
    </message>
    <message>
        <source>Stored ballot {code} ({who}): 1 vote. Type the next code.</source>
        <translation>Papeleta {code} guardada ({who}): 1 voto. Escriba el siguiente código.</translation>
    </message>
    <message>
        <source>Stored ballot {code} ({who}): {n} votes. Type the next code.</source>
        <translation>Papeleta {code} guardada ({who}): {n} votos. Escriba el siguiente código.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Enter paper ballot {code} ({who})</source>
        <translation>introducir la papeleta {code} ({who})</translation>
    </message>
    <message>
        <source>Enter paper ballot {code}</source>
        <translation>introducir la papeleta {code}</translation>
    </message>
    <message>
        <source>Remember blank ballot {code}</source>
        <translation>recordar la papeleta en blanco {code}</translation>
    </message>
    <message>
        <source>add {kind}</source>
        <translation>añadir {kind}</translation>
    </message>
    <message>
        <source>mark {kind} {status}</source>
        <translation>marcar {kind} como {status}</translation>
    </message>
    <message>
        <source>undo {what}</source>
        <translation>deshacer {what}</translation>
    </message>
    <message>
        <source>redo {what}</source>
        <translation>rehacer {what}</translation>
    </message>
    <message>
        <source>trust stage {stage} (suggested {suggested})</source>
        <translation>etapa de confianza {stage} (sugerida {suggested})</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>nota: {text}</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>añadir a {name}</translation>
    </message>
    <message>
        <source>edit {name}</source>
        <translation>editar a {name}</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>quitar a {name}</translation>
    </message>
    <message>
        <source>import {n} participants</source>
        <translation>importar {n} participantes</translation>
    </message>
    <message>
        <source>anonymous tallies</source>
        <translation>recuentos anónimos</translation>
    </message>
    <message>
        <source>named votes</source>
        <translation>votos con nombre</translation>
    </message>
    <message>
        <source>{seconds} seconds on {card}</source>
        <translation>{seconds} segundos en {card}</translation>
    </message>
    <message>
        <source>the time box of {card}</source>
        <translation>el tiempo asignado a {card}</translation>
    </message>
    <message>
        <source>the move to {title}</source>
        <translation>el paso a {title}</translation>
    </message>
    <message>
        <source>vote {value} by {name}</source>
        <translation>voto {value} de {name}</translation>
    </message>
    <message>
        <source>correct {name}&apos;s vote to {value}</source>
        <translation>corregir el voto de {name} a {value}</translation>
    </message>
    <message>
        <source>hand for {value}</source>
        <translation>mano para {value}</translation>
    </message>
    <message>
        <source>remove hand for {value}</source>
        <translation>quitar una mano para {value}</translation>
    </message>
    <message>
        <source>reveal {card} round {number}</source>
        <translation>revelar {card}, ronda {number}</translation>
    </message>
    <message>
        <source>open round {number} on {card}</source>
        <translation>abrir la ronda {number} en {card}</translation>
    </message>
    <message>
        <source>workshop settings</source>
        <translation>configuración del taller</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>La carpeta {folder} no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder.</source>
        <translation>{folder} es un archivo, no una carpeta. Elija una carpeta.</translation>
    </message>
    <message>
        <source>you do not have permission to write there</source>
        <translation>no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <source>Cannot save in {where}: {reason}. Choose another folder.</source>
        <translation>No se puede guardar en {where}: {reason}. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>xsector hit a problem</source>
        <translation>xsector tuvo un problema</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
    <message>
        <source>Every vote shown on screen is already saved. The details are in {log}.</source>
        <translation>Cada voto que se ve en pantalla ya está guardado. Los detalles están en {log}.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Previous / next person (chip)</source>
        <translation>Persona anterior / siguiente (ficha)</translation>
    </message>
    <message>
        <source>Vote that point for the picked person, then move on</source>
        <translation>Votar ese punto por la persona elegida y pasar a la siguiente</translation>
    </message>
    <message>
        <source>Anonymous mode: one hand fewer on that point</source>
        <translation>Modo anónimo: una mano menos en ese punto</translation>
    </message>
    <message>
        <source>Alt + number</source>
        <translation>Alt + número</translation>
    </message>
    <message>
        <source>Cycle the type choice (cards with two or more types)</source>
        <translation>Cambiar el tipo elegido (tarjetas con dos o más tipos)</translation>
    </message>
    <message>
        <source>Reveal the votes of this round</source>
        <translation>Revelar los votos de esta ronda</translation>
    </message>
    <message>
        <source>New round on this card (after reveal)</source>
        <translation>Nueva ronda en esta tarjeta (después de revelar)</translation>
    </message>
    <message>
        <source>Previous / next card</source>
        <translation>Tarjeta anterior / siguiente</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Re Pág / Av Pág</translation>
    </message>
    <message>
        <source>Write in the disagreement log</source>
        <translation>Escribir en el registro de desacuerdos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>The roster</source>
        <translation>La lista de participantes</translation>
    </message>
    <message>
        <source>The walk-through</source>
        <translation>El recorrido</translation>
    </message>
    <message>
        <source>Enter paper ballots</source>
        <translation>Introducir papeletas</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <source>Save a copy of the workshop</source>
        <translation>Guardar una copia del taller</translation>
    </message>
    <message>
        <source>Export the profile, handouts, ballots, CSV, JSON</source>
        <translation>Exportar el perfil, el material, las papeletas, CSV, JSON</translation>
    </message>
    <message>
        <source>Print (from a preview)</source>
        <translation>Imprimir (desde una vista previa)</translation>
    </message>
    <message>
        <source>Close the workshop</source>
        <translation>Cerrar el taller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Present to the room (again: stop)</source>
        <translation>Presentar a la sala (otra vez: parar)</translation>
    </message>
    <message>
        <source>Back to the card (sector view, profile); on the card, stop presenting</source>
        <translation>Volver a la tarjeta (vista por sector, perfil); en la tarjeta, dejar de presentar</translation>
    </message>
    <message>
        <source>Blank the audience screen to black; any key brings it back</source>
        <translation>Oscurecer la pantalla del público en negro; cualquier tecla la recupera</translation>
    </message>
    <message>
        <source>Blank the audience screen to white</source>
        <translation>Dejar la pantalla del público en blanco</translation>
    </message>
    <message>
        <source>Move the audience to the next screen</source>
        <translation>Llevar al público a la pantalla siguiente</translation>
    </message>
    <message>
        <source>Larger text on the audience screen</source>
        <translation>Texto más grande en la pantalla del público</translation>
    </message>
    <message>
        <source>Smaller text on the audience screen</source>
        <translation>Texto más pequeño en la pantalla del público</translation>
    </message>
    <message>
        <source>Text on the audience screen at 100%</source>
        <translation>Texto de la pantalla del público al 100 %</translation>
    </message>
    <message>
        <source>Time box for this card: 3, 5, 10 minutes</source>
        <translation>Tiempo asignado a esta tarjeta: 3, 5, 10 minutos</translation>
    </message>
    <message>
        <source>Start or pause the card timer</source>
        <translation>Iniciar o pausar el temporizador de la tarjeta</translation>
    </message>
    <message>
        <source>Votes by sector and role (revealed cards)</source>
        <translation>Votos por sector y papel (tarjetas reveladas)</translation>
    </message>
    <message>
        <source>Partnership profile and trust cycle</source>
        <translation>Perfil de la alianza y ciclo de confianza</translation>
    </message>
    <message>
        <source>Hide or show the control strip (one screen)</source>
        <translation>Ocultar o mostrar la barra de control (una pantalla)</translation>
    </message>
    <message>
        <source>Reconnect the workshop when its drive is back (banner)</source>
        <translation>Volver a conectar el taller cuando su unidad vuelve (franja)</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Mostrar u ocultar esta ayuda</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{n}%</source>
        <translation>{n}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>not voted</source>
        <translation>sin votar</translation>
    </message>
    <message>
        <source>{unity} · {direction} ({point})</source>
        <translation>{unity} · {direction} ({point})</translation>
    </message>
    <message>
        <source> · {share} support</source>
        <translation> · {share} de apoyo</translation>
    </message>
</context>
<context>
    <name>scales</name>
    <message>
        <source>Agreement, 5 points</source>
        <translation>Acuerdo, 5 puntos</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Muy en desacuerdo</translation>
    </message>
    <message>
        <source>Str. disagree</source>
        <translation>Muy en desac.</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Muy de acuerdo</translation>
    </message>
    <message>
        <source>Str. agree</source>
        <translation>Muy de acuerdo</translation>
    </message>
    <message>
        <source>Agreement, 7 points</source>
        <translation>Acuerdo, 7 puntos</translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation>Algo en desacuerdo</translation>
    </message>
    <message>
        <source>Smwt. disagree</source>
        <translation>Algo en desac.</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ni de acuerdo ni en desacuerdo</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ni uno ni otro</translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation>Algo de acuerdo</translation>
    </message>
    <message>
        <source>Smwt. agree</source>
        <translation>Algo de acuerdo</translation>
    </message>
    <message>
        <source>Fist to five</source>
        <translation>Del puño a los cinco dedos</translation>
    </message>
    <message>
        <source>Fist: I block this</source>
        <translation>Puño: lo bloqueo</translation>
    </message>
    <message>
        <source>Fist (block)</source>
        <translation>Puño (bloqueo)</translation>
    </message>
    <message>
        <source>One: serious concerns, must change</source>
        <translation>Uno: dudas serias, debe cambiar</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>Two: concerns to discuss first</source>
        <translation>Dos: dudas que hablar antes</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Three: can live with it</source>
        <translation>Tres: puedo aceptarlo</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Tres</translation>
    </message>
    <message>
        <source>Four: good, I support it</source>
        <translation>Cuatro: bien, lo apoyo</translation>
    </message>
    <message>
        <source>Four</source>
        <translation>Cuatro</translation>
    </message>
    <message>
        <source>Five: fully behind it, will lead</source>
        <translation>Cinco: lo apoyo del todo y lo lideraré</translation>
    </message>
    <message>
        <source>Five</source>
        <translation>Cinco</translation>
    </message>
    <message>
        <source>Gradients of agreement (Kaner)</source>
        <translation>Gradientes de acuerdo (Kaner)</translation>
    </message>
    <message>
        <source>Whole-hearted endorsement</source>
        <translation>Respaldo total</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Agreement with a minor point of contention</source>
        <translation>De acuerdo, con un punto menor en contra</translation>
    </message>
    <message>
        <source>Minor point</source>
        <translation>Punto menor</translation>
    </message>
    <message>
        <source>Support with reservations</source>
        <translation>Apoyo con reservas</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Me abstengo</translation>
    </message>
    <message>
        <source>More discussion needed</source>
        <translation>Hace falta hablarlo más</translation>
    </message>
    <message>
        <source>Discuss more</source>
        <translation>Hablar más</translation>
    </message>
    <message>
        <source>Don&apos;t like it, but will support it</source>
        <translation>No me gusta, pero lo apoyaré</translation>
    </message>
    <message>
        <source>Will support</source>
        <translation>Lo apoyaré</translation>
    </message>
    <message>
        <source>Serious disagreement</source>
        <translation>Desacuerdo serio</translation>
    </message>
    <message>
        <source>Serious disagr.</source>
        <translation>Desacuerdo serio</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>Veto</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Forming</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Storming</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Norming</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>Desempeño</translation>
    </message>
    <message>
        <source>Coming together; the promise of the effort carries the group.</source>
        <translation>Reunirse; la promesa del esfuerzo lleva al grupo.</translation>
    </message>
    <message>
        <source>Real differences over aims, roles and leadership are out in the open.</source>
        <translation>Las diferencias reales sobre objetivos, papeles y liderazgo están a la vista.</translation>
    </message>
    <message>
        <source>Differences are being worked through; roles and ways of working settle.</source>
        <translation>Se están resolviendo las diferencias; los papeles y las formas de trabajar se asientan.</translation>
    </message>
    <message>
        <source>A steady state in which the partnership does its work.</source>
        <translation>Un estado estable en el que la alianza hace su trabajo.</translation>
    </message>
    <message>
        <source>Only {count} card revealed; a reading needs {{needed}}</source>
        <translation>Solo {count} tarjeta revelada; una lectura necesita {{needed}}</translation>
    </message>
    <message>
        <source>Only {count} cards revealed; a reading needs {{needed}}</source>
        <translation>Solo {count} tarjetas reveladas; una lectura necesita {{needed}}</translation>
    </message>
    <message>
        <source>{count} of {total} cards are storming</source>
        <translation>{count} de {total} tarjetas están en conflicto</translation>
    </message>
    <message>
        <source>{count} of {total} cards have open objections</source>
        <translation>{count} de {total} tarjetas tienen objeciones abiertas</translation>
    </message>
    <message>
        <source>{count} of {total} cards are calm</source>
        <translation>{count} de {total} tarjetas están en calma</translation>
    </message>
    <message>
        <source>{count} card moved towards agreement after a re-vote</source>
        <translation>{count} tarjeta se acercó al acuerdo al volver a votar</translation>
    </message>
    <message>
        <source>{count} cards moved towards agreement after a re-vote</source>
        <translation>{count} tarjetas se acercaron al acuerdo al volver a votar</translation>
    </message>
    <message>
        <source>{count} of {total} cards are calm, and no difference has been tested</source>
        <translation>{count} de {total} tarjetas están en calma, y no se ha puesto a prueba ninguna diferencia</translation>
    </message>
    <message>
        <source>{count} of {total} cards still show watch or storming</source>
        <translation>{count} de {total} tarjetas siguen en atención o en conflicto</translation>
    </message>
    <message>
        <source>{count} card lost consensus on the re-vote</source>
        <translation>{count} tarjeta perdió consenso al volver a votar</translation>
    </message>
    <message>
        <source>{count} cards lost consensus on the re-vote</source>
        <translation>{count} tarjetas perdieron consenso al volver a votar</translation>
    </message>
    <message>
        <source>{count} of {total} cards show differences not yet worked through</source>
        <translation>{count} de {total} tarjetas muestran diferencias aún sin resolver</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>atención</translation>
    </message>
    <message>
        <source>storming</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>Sin ánimo de lucro</translation>
    </message>
    <message>
        <source>Philanthropy</source>
        <translation>Filantropía</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Doer</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Decisor</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objeción</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Aparcamiento</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Aún no hay votos</translation>
    </message>
    <message>
        <source>{count} block or veto</source>
        <translation>{count} bloqueo o veto</translation>
    </message>
    <message>
        <source>{count} blocks or vetoes</source>
        <translation>{count} bloqueos o vetos</translation>
    </message>
    <message>
        <source>The group is polarised (agreement {a})</source>
        <translation>El grupo está polarizado (acuerdo {a})</translation>
    </message>
    <message>
        <source>Consensus is {c}, below {t}</source>
        <translation>El consenso es {c}, por debajo de {t}</translation>
    </message>
    <message>
        <source>{a} and {b} voters are {gap} points apart</source>
        <translation>Los votantes de {a} y {b} están a {gap} puntos de distancia</translation>
    </message>
    <message>
        <source>{count} open objection</source>
        <translation>{count} objeción abierta</translation>
    </message>
    <message>
        <source>{count} open objections</source>
        <translation>{count} objeciones abiertas</translation>
    </message>
    <message>
        <source>{count} asked for more discussion</source>
        <translation>{count} pidieron hablarlo más</translation>
    </message>
    <message>
        <source>No votes on the agreement scale</source>
        <translation>No hay votos en la escala de acuerdo</translation>
    </message>
    <message>
        <source>Votes close together, nothing raised</source>
        <translation>Votos cercanos, nada planteado</translation>
    </message>
    <message>
        <source>United</source>
        <translation>Unido</translation>
    </message>
    <message>
        <source>Mostly agreed</source>
        <translation>Mayormente de acuerdo</translation>
    </message>
    <message>
        <source>Divided</source>
        <translation>Dividido</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>encaja</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>no encaja</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>no está claro</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>en ambos sentidos</translation>
    </message>
    <message>
        <source>the proposed type fits us</source>
        <translation>el tipo propuesto nos encaja</translation>
    </message>
    <message>
        <source>on balance, the proposed type fits us</source>
        <translation>en conjunto, el tipo propuesto nos encaja</translation>
    </message>
    <message>
        <source>the proposed types fit us</source>
        <translation>los tipos propuestos nos encajan</translation>
    </message>
    <message>
        <source>on balance, the proposed types fit us</source>
        <translation>en conjunto, los tipos propuestos nos encajan</translation>
    </message>
    <message>
        <source>the proposed type does not fit us</source>
        <translation>el tipo propuesto no nos encaja</translation>
    </message>
    <message>
        <source>on balance, the proposed type does not fit us</source>
        <translation>en conjunto, el tipo propuesto no nos encaja</translation>
    </message>
    <message>
        <source>the proposed types do not fit us</source>
        <translation>los tipos propuestos no nos encajan</translation>
    </message>
    <message>
        <source>on balance, the proposed types do not fit us</source>
        <translation>en conjunto, los tipos propuestos no nos encajan</translation>
    </message>
    <message>
        <source>unsure whether the proposed types fit us</source>
        <translation>sin saber si los tipos propuestos nos encajan</translation>
    </message>
    <message>
        <source>unsure whether the proposed type fits us</source>
        <translation>sin saber si el tipo propuesto nos encaja</translation>
    </message>
    <message>
        <source>pulled both ways on the proposed types</source>
        <translation>tirando en ambos sentidos sobre los tipos propuestos</translation>
    </message>
    <message>
        <source>pulled both ways on the proposed type</source>
        <translation>tirando en ambos sentidos sobre el tipo propuesto</translation>
    </message>
    <message>
        <source>{unity}: {phrase}</source>
        <translation>{unity}: {phrase}</translation>
    </message>
    <message>
        <source>consensus {c}, where 1 is everyone on one point</source>
        <translation>consenso {c}, donde 1 es todos en un punto</translation>
    </message>
    <message>
        <source>agreement A {a} (−1 two camps … +1 one view)</source>
        <translation>acuerdo A {a} (−1 dos bandos … +1 una visión)</translation>
    </message>
    <message>
        <source>Consensus unchanged since round {r}</source>
        <translation>Consenso sin cambios desde la ronda {r}</translation>
    </message>
    <message>
        <source>Consensus rose by {d} since round {r}: converging</source>
        <translation>El consenso subió {d} desde la ronda {r}: convergencia</translation>
    </message>
    <message>
        <source>Consensus fell by {d} since round {r}: diverging</source>
        <translation>El consenso bajó {d} desde la ronda {r}: divergencia</translation>
    </message>
</context>
</TS>
