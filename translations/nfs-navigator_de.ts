<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NFS Navigator</source>
        <translation>Über NFS Navigator</translation>
    </message>
    <message>
        <source>NFS Navigator icon</source>
        <translation>Symbol von NFS Navigator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NFS Navigator %1&lt;/h3&gt;&lt;p&gt;A file browser and command-line tool for NFS servers.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The NFS Navigator authors.&lt;br&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Runs on Qt %2 (built with %3) and libnfs %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NFS Navigator %1&lt;/h3&gt;&lt;p&gt;Ein Dateibrowser und Kommandozeilenwerkzeug für NFS-Server.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die Autoren von NFS Navigator.&lt;br&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.&lt;/p&gt;&lt;p&gt;Läuft mit Qt %2 (erstellt mit %3) und libnfs %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArchivePreview</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>A folder or link: nothing to preview.</source>
        <translation>Ein Ordner oder Link: keine Vorschau möglich.</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Wird entpackt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n Eintrag</numerusform>
            <numerusform>%1 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see a preview.</source>
        <translation>Wählen Sie einen Eintrag aus, um eine Vorschau zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>An archive of %n entries (open it from a folder to look inside).</source>
        <translation>
            <numerusform>Ein Archiv mit %n Eintrag (öffnen Sie es aus einem Ordner, um hineinzusehen).</numerusform>
            <numerusform>Ein Archiv mit %n Einträgen (öffnen Sie es aus einem Ordner, um hineinzusehen).</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF of %1 (open it from a folder to see its pages).</source>
        <translation>Ein PDF (%1; öffnen Sie es aus einem Ordner, um seine Seiten zu sehen).</translation>
    </message>
    <message>
        <source>Audio or video (%1): extract it to play it.</source>
        <translation>Audio oder Video (%1): zum Abspielen entpacken.</translation>
    </message>
    <message>
        <source>Archive entries</source>
        <translation>Archiveinträge</translation>
    </message>
    <message>
        <source>List All</source>
        <translation>Alle auflisten</translation>
    </message>
    <message>
        <source>Read the whole archive for its list, past the preview limits</source>
        <translation>Das ganze Archiv für die Liste lesen, über die Vorschaugrenzen hinaus</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>The archive took longer than %1 s to read</source>
        <translation>Das Lesen des Archivs dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>More than %1 of the archive would have to be read</source>
        <translation>Vom Archiv müssten mehr als %1 gelesen werden</translation>
    </message>
    <message>
        <source>The archive could not be read from its start: %1</source>
        <translation>Das Archiv konnte nicht von seinem Anfang an gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not an archive that can be read</source>
        <translation>Kein lesbares Archiv</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>Das Archiv ist beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>The archive holds more than %n entries; only those are listed</source>
        <translation>
            <numerusform>Das Archiv enthält mehr als %n Eintrag; nur dieser wird aufgelistet</numerusform>
            <numerusform>Das Archiv enthält mehr als %n Einträge; nur diese werden aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>(a name that cannot be read)</source>
        <translation>(ein nicht lesbarer Name)</translation>
    </message>
    <message>
        <source>The entry could not be extracted</source>
        <translation>Der Eintrag konnte nicht entpackt werden</translation>
    </message>
    <message>
        <source>The entry is larger than the preview limit of %1 MiB</source>
        <translation>Der Eintrag ist größer als die Vorschaugrenze von %1 MiB</translation>
    </message>
    <message>
        <source>The archive has no entry %1</source>
        <translation>Das Archiv hat keinen Eintrag %1</translation>
    </message>
</context>
<context>
    <name>BlockingRemoteReader</name>
    <message>
        <source>Previews only read</source>
        <translation>Vorschauen greifen nur lesend zu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server did not answer in %1 s</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 s</source>
        <translation>Der Server hat %1 s lang nichts gesendet</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>default (yours)</source>
        <translation>Standard (Ihre eigene)</translation>
    </message>
    <message>
        <source>Edit Bookmark</source>
        <translation>Lesezeichen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;Adresse (URL):</translation>
    </message>
    <message>
        <source>NFSv3</source>
        <translation>NFSv3</translation>
    </message>
    <message>
        <source>NFSv4</source>
        <translation>NFSv4</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>NFS-&amp;Version:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Group id:</source>
        <translation>Gruppen-ID:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>A bookmark needs a name without &quot;/&quot;.</source>
        <translation>Ein Lesezeichen braucht einen Namen ohne „/“.</translation>
    </message>
</context>
<context>
    <name>BookmarkList</name>
    <message>
        <source>Open in New Tab</source>
        <translation>In neuem Tab öffnen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>BookmarkStore</name>
    <message>
        <source>no bookmark named &apos;%1&apos;</source>
        <translation>kein Lesezeichen namens „%1“</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>long format</source>
        <translation>ausführliches Format</translation>
    </message>
    <message>
        <source>include names starting with .</source>
        <translation>auch Namen, die mit . beginnen</translation>
    </message>
    <message>
        <source>list subfolders</source>
        <translation>Unterordner auflisten</translation>
    </message>
    <message>
        <source>print URLs</source>
        <translation>URLs ausgeben</translation>
    </message>
    <message>
        <source>ls: missing URL</source>
        <translation>ls: URL fehlt</translation>
    </message>
    <message>
        <source>stat: missing URL</source>
        <translation>stat: URL fehlt</translation>
    </message>
    <message>
        <source>create parents; no error if present</source>
        <translation>übergeordnete Ordner anlegen; kein Fehler, wenn vorhanden</translation>
    </message>
    <message>
        <source>mkdir: missing URL</source>
        <translation>mkdir: URL fehlt</translation>
    </message>
    <message>
        <source>rmdir: missing URL</source>
        <translation>rmdir: URL fehlt</translation>
    </message>
    <message>
        <source>remove folders and everything in them</source>
        <translation>Ordner mit ihrem gesamten Inhalt entfernen</translation>
    </message>
    <message>
        <source>a missing entry is no error</source>
        <translation>ein fehlender Eintrag ist kein Fehler</translation>
    </message>
    <message>
        <source>rm: missing URL</source>
        <translation>rm: URL fehlt</translation>
    </message>
    <message>
        <source>Is a folder (use rm -r, or rmdir for an empty folder)</source>
        <translation>Ist ein Ordner (rm -r verwenden, oder rmdir für einen leeren Ordner)</translation>
    </message>
    <message>
        <source>df: missing URL</source>
        <translation>df: URL fehlt</translation>
    </message>
    <message>
        <source>exports: needs one HOST or nfs:// URL</source>
        <translation>exports: braucht genau einen HOST oder eine nfs://-URL</translation>
    </message>
    <message>
        <source>list folders (or show files)</source>
        <translation>Ordner auflisten (oder Dateien anzeigen)</translation>
    </message>
    <message>
        <source>show the attributes of an entry (not following a symlink)</source>
        <translation>die Attribute eines Eintrags anzeigen (ohne einem symbolischen Link zu folgen)</translation>
    </message>
    <message>
        <source>create folders (-p: with parents, no error if present)</source>
        <translation>Ordner anlegen (-p: mit übergeordneten, kein Fehler, wenn vorhanden)</translation>
    </message>
    <message>
        <source>remove empty folders</source>
        <translation>leere Ordner entfernen</translation>
    </message>
    <message>
        <source>remove files (-r: folders and all in them; -f: missing is fine)</source>
        <translation>Dateien entfernen (-r: Ordner mit ihrem Inhalt; -f: Fehlendes ist kein Fehler)</translation>
    </message>
    <message>
        <source>size and free space of the file system</source>
        <translation>Größe und freier Speicher des Dateisystems</translation>
    </message>
    <message>
        <source>the server&apos;s NFSv3 export list</source>
        <translation>die NFSv3-Freigabeliste des Servers</translation>
    </message>
    <message>
        <source>Try &apos;nfsnav --help&apos;.</source>
        <translation>Siehe &apos;nfsnav --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>bad %1 &apos;%2&apos; in the environment: must be a number</source>
        <translation>ungültiges %1 „%2“ in der Umgebung: muss eine Zahl sein</translation>
    </message>
    <message>
        <source>never replace an existing file</source>
        <translation>vorhandene Dateien nie ersetzen</translation>
    </message>
    <message>
        <source>copy folders with everything in them</source>
        <translation>Ordner mit ihrem gesamten Inhalt kopieren</translation>
    </message>
    <message>
        <source>cat: missing URL</source>
        <translation>cat: URL fehlt</translation>
    </message>
    <message>
        <source>get: needs a URL and a local path (or -)</source>
        <translation>get: braucht eine URL und einen lokalen Pfad (oder -)</translation>
    </message>
    <message>
        <source>get -r: needs a local folder, not -</source>
        <translation>get -r: braucht einen lokalen Ordner, nicht -</translation>
    </message>
    <message>
        <source>put: needs a local path (or -) and a URL</source>
        <translation>put: braucht einen lokalen Pfad (oder -) und eine URL</translation>
    </message>
    <message>
        <source>put -r: needs a local folder, not -</source>
        <translation>put -r: braucht einen lokalen Ordner, nicht -</translation>
    </message>
    <message>
        <source>cp: needs a source URL and a destination URL</source>
        <translation>cp: braucht eine Quell-URL und eine Ziel-URL</translation>
    </message>
    <message>
        <source>write files to standard output</source>
        <translation>Dateien auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>download a file or, with -r, a tree (- for standard output)</source>
        <translation>eine Datei oder mit -r einen Baum herunterladen (- für die Standardausgabe)</translation>
    </message>
    <message>
        <source>upload a file or, with -r, a tree (- for standard input)</source>
        <translation>eine Datei oder mit -r einen Baum hochladen (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>copy a file or, with -r, a tree, also between servers</source>
        <translation>eine Datei oder mit -r einen Baum kopieren, auch zwischen Servern</translation>
    </message>
    <message>
        <source>chmod: needs an octal MODE and at least one URL</source>
        <translation>chmod: braucht einen oktalen MODE und mindestens eine URL</translation>
    </message>
    <message>
        <source>chmod: bad mode &apos;%1&apos;: write it in octal, as 644 or 2755</source>
        <translation>chmod: ungültiger Modus „%1“: oktal schreiben, etwa 644 oder 2755</translation>
    </message>
    <message>
        <source>change a symlink itself</source>
        <translation>einen symbolischen Link selbst ändern</translation>
    </message>
    <message>
        <source>chown: needs UID[:GID] and at least one URL</source>
        <translation>chown: braucht UID[:GID] und mindestens eine URL</translation>
    </message>
    <message>
        <source>chown: bad owner &apos;%1&apos;: write UID, UID:GID or :GID in numbers</source>
        <translation>chown: ungültiger Eigentümer „%1“: UID, UID:GID oder :GID als Zahlen schreiben</translation>
    </message>
    <message>
        <source>libnfs 4.0 cannot change a symlink&apos;s owner over NFSv4; use version=3 for this</source>
        <translation>libnfs 4.0 kann den Eigentümer eines symbolischen Links über NFSv4 nicht ändern; dafür version=3 verwenden</translation>
    </message>
    <message>
        <source>do not create missing files</source>
        <translation>fehlende Dateien nicht anlegen</translation>
    </message>
    <message>
        <source>touch: missing URL</source>
        <translation>touch: URL fehlt</translation>
    </message>
    <message>
        <source>the new size</source>
        <translation>die neue Größe</translation>
    </message>
    <message>
        <source>truncate: missing -s SIZE</source>
        <translation>truncate: -s SIZE fehlt</translation>
    </message>
    <message>
        <source>truncate: bad size &apos;%1&apos;: write bytes, or a number with K, M, G or T</source>
        <translation>truncate: ungültige Größe „%1“: Bytes angeben, oder eine Zahl mit K, M, G oder T</translation>
    </message>
    <message>
        <source>truncate: missing URL</source>
        <translation>truncate: URL fehlt</translation>
    </message>
    <message>
        <source>make a symbolic link holding TARGET as text</source>
        <translation>einen symbolischen Link anlegen, der TARGET als Text enthält</translation>
    </message>
    <message>
        <source>replace an existing destination (not a folder)</source>
        <translation>ein vorhandenes Ziel ersetzen (keinen Ordner)</translation>
    </message>
    <message>
        <source>a destination that is a symlink to a folder is a file</source>
        <translation>ein Ziel, das ein symbolischer Link auf einen Ordner ist, gilt als Datei</translation>
    </message>
    <message>
        <source>ln: needs TARGET and a link URL</source>
        <translation>ln: braucht TARGET und eine Link-URL</translation>
    </message>
    <message>
        <source>ln: the target text is empty</source>
        <translation>ln: der Zieltext ist leer</translation>
    </message>
    <message>
        <source>a hard link stays within one server and export; the URLs name different servers or options</source>
        <translation>ein harter Link bleibt innerhalb eines Servers und einer Freigabe; die URLs nennen verschiedene Server oder Optionen</translation>
    </message>
    <message>
        <source>readlink: missing URL</source>
        <translation>readlink: URL fehlt</translation>
    </message>
    <message>
        <source>only the total of each URL</source>
        <translation>nur die Summe jeder URL</translation>
    </message>
    <message>
        <source>sizes in bytes</source>
        <translation>Größen in Bytes</translation>
    </message>
    <message>
        <source>du: missing URL</source>
        <translation>du: URL fehlt</translation>
    </message>
    <message>
        <source>find: %1 needs a PATTERN</source>
        <translation>find: %1 braucht ein PATTERN</translation>
    </message>
    <message>
        <source>find: give one -name or -iname</source>
        <translation>find: genau ein -name oder -iname angeben</translation>
    </message>
    <message>
        <source>find: unknown option &apos;%1&apos;</source>
        <translation>find: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>find: missing URL</source>
        <translation>find: URL fehlt</translation>
    </message>
    <message>
        <source>find: bad pattern &apos;%1&apos;</source>
        <translation>find: ungültiges Muster „%1“</translation>
    </message>
    <message>
        <source>set permission bits (octal MODE)</source>
        <translation>Zugriffsrechte setzen (oktaler MODE)</translation>
    </message>
    <message>
        <source>set numeric owner and group (-h: a symlink itself)</source>
        <translation>numerischen Eigentümer und Gruppe setzen (-h: einen symbolischen Link selbst)</translation>
    </message>
    <message>
        <source>set times to now; create missing files (-c: don&apos;t)</source>
        <translation>Zeiten auf jetzt setzen; fehlende Dateien anlegen (-c: nicht anlegen)</translation>
    </message>
    <message>
        <source>set the size of files (K, M, G, T: powers of 1024)</source>
        <translation>die Größe von Dateien setzen (K, M, G, T: Potenzen von 1024)</translation>
    </message>
    <message>
        <source>hard link to the URL TARGET; -s: symbolic link holding the text TARGET</source>
        <translation>harter Link auf die URL TARGET; -s: symbolischer Link mit dem Text TARGET</translation>
    </message>
    <message>
        <source>print the target text of symbolic links</source>
        <translation>den Zieltext symbolischer Links ausgeben</translation>
    </message>
    <message>
        <source>size of trees (never through a symlink)</source>
        <translation>Größe von Bäumen (nie durch einen symbolischen Link)</translation>
    </message>
    <message>
        <source>entries whose names match (never through a symlink)</source>
        <translation>Einträge, deren Namen passen (nie durch einen symbolischen Link)</translation>
    </message>
    <message>
        <source>unsorted, printed as the server sends</source>
        <translation>unsortiert, in der Reihenfolge des Servers ausgegeben</translation>
    </message>
    <message>
        <source>replace an existing file (the default)</source>
        <translation>eine vorhandene Datei ersetzen (Standard)</translation>
    </message>
    <message>
        <source>keep an existing file; the copy becomes &quot;name (1).ext&quot;</source>
        <translation>eine vorhandene Datei behalten; die Kopie wird zu „name (1).ext“</translation>
    </message>
    <message>
        <source>copy even when the target&apos;s free space looks too small</source>
        <translation>auch kopieren, wenn der freie Speicher am Ziel zu klein scheint</translation>
    </message>
    <message>
        <source>go on from a partial copy left beside the target</source>
        <translation>eine neben dem Ziel verbliebene Teilkopie fortsetzen</translation>
    </message>
    <message>
        <source>%1: choose one of --overwrite, --skip (-n) and --rename</source>
        <translation>%1: nur eines von --overwrite, --skip (-n) und --rename wählen</translation>
    </message>
    <message>
        <source>mv: needs a source and a destination (URLs or local paths)</source>
        <translation>mv: braucht eine Quelle und ein Ziel (URLs oder lokale Pfade)</translation>
    </message>
    <message>
        <source>mv: at least one side must be a URL</source>
        <translation>mv: mindestens eine Seite muss eine URL sein</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>move or rename: a rename within one export, else copied, verified and the source deleted</source>
        <translation>verschieben oder umbenennen: innerhalb eines Exports umbenannt, sonst kopiert, geprüft und die Quelle gelöscht</translation>
    </message>
    <message>
        <source>interrupted; what was under way was cancelled</source>
        <translation>unterbrochen; was gerade lief, wurde abgebrochen</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>der neue Name ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a new name: &apos;.&apos; and &apos;..&apos; are not names (to put something into a folder, give the folder&apos;s URL)</source>
        <translation>&apos;%1&apos; kann kein neuer Name sein: &apos;.&apos; und &apos;..&apos; sind keine Namen (um etwas in einen Ordner zu legen, geben Sie die URL des Ordners an)</translation>
    </message>
    <message>
        <source>the new name is %1 bytes long; a name holds at most %2</source>
        <translation>der neue Name ist %1 Bytes lang; ein Name fasst höchstens %2</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Usage: nfsnav %1

%2
</source>
        <translation>Aufruf: nfsnav %1

%2
</translation>
    </message>
    <message>
        <source>Usage: nfsnav [-v] COMMAND [OPTIONS] ARGS...

Browse and manage files on NFS servers.

Commands:
%1
Options:
  -v, --verbose    log what the tool does (to stderr)
  -h, --help       this help; &apos;nfsnav help COMMAND&apos; or &apos;nfsnav COMMAND --help&apos;
                   tells a command&apos;s own options
  --version        the version

URLs: nfs://host[:port]/export/path?version=3|4&amp;uid=N&amp;gid=N&amp;nfsport=N&amp;mountport=N
      &amp;timeout=SECONDS&amp;autoreconnect=N&amp;readahead=BYTES&amp;dircache=0|1
      &amp;auto-traverse-mounts=0|1&amp;tcp-syncnt=N
Write special characters in names as %XX (a space is %20, &apos;#&apos; is %23).
@NAME/sub/path stands for the URL of the bookmark NAME (as kept by the window).
NFSNAV_UID, NFSNAV_GID and NFSNAV_VERSION in the environment apply to every URL
that does not set uid, gid or version itself.

Names from the server are printed escaped: \n, \t, \e, \\ and \xNN for bytes
that are not valid UTF-8; `ls --url` prints URLs that address the exact bytes.

Exit status: 0 success, 1 failure, 2 bad usage, 130 interrupted (Ctrl+C),
143 terminated (SIGTERM), 129 hung up (SIGHUP); a copy cut short removes its
temporary file first.
</source>
        <translation>Aufruf: nfsnav [-v] BEFEHL [OPTIONEN] ARGUMENTE...

Dateien auf NFS-Servern durchsuchen und verwalten.

Befehle:
%1
Optionen:
  -v, --verbose    protokollieren, was das Werkzeug tut (auf stderr)
  -h, --help       diese Hilfe; &apos;nfsnav help BEFEHL&apos; oder &apos;nfsnav BEFEHL --help&apos;
                   nennt die eigenen Optionen eines Befehls
  --version        die Version

URLs: nfs://host[:port]/export/path?version=3|4&amp;uid=N&amp;gid=N&amp;nfsport=N&amp;mountport=N
      &amp;timeout=SEKUNDEN&amp;autoreconnect=N&amp;readahead=BYTES&amp;dircache=0|1
      &amp;auto-traverse-mounts=0|1&amp;tcp-syncnt=N
Sonderzeichen in Namen als %XX schreiben (ein Leerzeichen ist %20, &apos;#&apos; ist %23).
@NAME/unter/pfad steht für die URL des Lesezeichens NAME (wie vom Fenster gespeichert).
NFSNAV_UID, NFSNAV_GID und NFSNAV_VERSION in der Umgebung gelten für jede URL,
die uid, gid oder version nicht selbst setzt.

Namen vom Server werden maskiert ausgegeben: \n, \t, \e, \\ und \xNN für Bytes,
die kein gültiges UTF-8 sind; `ls --url` gibt URLs aus, die genau diese Bytes adressieren.

Exit-Status: 0 Erfolg, 1 Fehler, 2 falscher Aufruf, 130 unterbrochen (Strg+C),
143 beendet (SIGTERM), 129 aufgelegt (SIGHUP); eine abgebrochene Kopie entfernt
vorher ihre temporäre Datei.
</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>Options:
  -name PATTERN   names that match PATTERN (* ? [...] as in a shell)
  -iname PATTERN  the same, whatever the case of letters
  --url           print URLs instead of paths
  --help          show this help
</source>
        <translation>Optionen:
  -name MUSTER    Namen, die auf MUSTER passen (* ? [...] wie in einer Shell)
  -iname MUSTER   ebenso, ohne Rücksicht auf Groß- und Kleinschreibung
  --url           URLs statt Pfaden ausgeben
  --help          diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>not writing through a symbolic link that leads nowhere (%1)</source>
        <translation>schreibe nicht durch eine symbolische Verknüpfung, die ins Leere führt (%1)</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>not writing through a symbolic link that cannot be followed (%1)</source>
        <translation>schreibe nicht durch eine symbolische Verknüpfung, der nicht zu folgen ist (%1)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>unknown size</source>
        <translation>unbekannte Größe</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, geändert %2</translation>
    </message>
    <message>
        <source>&amp;Apply to all in this transfer</source>
        <translation>Für &amp;alle in dieser Übertragung</translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation>Datei existiert</translation>
    </message>
    <message>
        <source>%1 already exists. What should happen to it?</source>
        <translation>%1 existiert bereits. Was soll damit geschehen?</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Vorhandene Datei:</translation>
    </message>
    <message>
        <source>Copy from %1:</source>
        <translation>Kopie von %1:</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>default (yours)</source>
        <translation>Standard (Ihre eigene)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>Servername oder Adresse</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;List exports</source>
        <translation>Freigaben auf&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation>&amp;Freigaben:</translation>
    </message>
    <message>
        <source>/export/folder</source>
        <translation>/freigabe/ordner</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>NFSv3</source>
        <translation>NFSv3</translation>
    </message>
    <message>
        <source>NFSv4</source>
        <translation>NFSv4</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>NFS-&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>&amp;Gruppen-ID:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>ask the portmapper</source>
        <translation>Portmapper fragen</translation>
    </message>
    <message>
        <source>NFS port:</source>
        <translation>NFS-Port:</translation>
    </message>
    <message>
        <source>MOUNT port:</source>
        <translation>MOUNT-Port:</translation>
    </message>
    <message>
        <source>Asking %1 for its exports…</source>
        <translation>Frage %1 nach seinen Freigaben…</translation>
    </message>
    <message>
        <source>The server exports nothing to this machine.</source>
        <translation>Der Server gibt für diesen Rechner nichts frei.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s). Pick one, or type a path.</source>
        <translation>
            <numerusform>%n Freigabe. Wählen Sie sie, oder geben Sie einen Pfad ein.</numerusform>
            <numerusform>%n Freigaben. Wählen Sie eine, oder geben Sie einen Pfad ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Freigaben</translation>
    </message>
</context>
<context>
    <name>Copier</name>
    <message>
        <source>%1 (a partial copy was left as %2)</source>
        <translation>%1 (eine Teilkopie wurde als %2 zurückgelassen)</translation>
    </message>
    <message>
        <source>Not enough space for %1: needs %2, %3 free on %4 (--force tries anyway)</source>
        <translation>Nicht genug Platz für %1: benötigt %2, %3 frei auf %4 (--force versucht es trotzdem)</translation>
    </message>
    <message>
        <source>Cannot go on reading %1</source>
        <translation>Kann %1 nicht weiterlesen</translation>
    </message>
    <message>
        <source>No target given</source>
        <translation>Kein Ziel angegeben</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>%1 changed while it was copied (%2 bytes expected, %3 read)</source>
        <translation>%1 hat sich während des Kopierens geändert (%2 Bytes erwartet, %3 gelesen)</translation>
    </message>
    <message>
        <source>Skipped %1: it exists</source>
        <translation>%1 übersprungen: es existiert</translation>
    </message>
</context>
<context>
    <name>CopySource</name>
    <message>
        <source>Cannot open</source>
        <translation>Fehler beim Öffnen von</translation>
    </message>
    <message>
        <source>Cannot read the attributes of</source>
        <translation>Fehler beim Lesen der Attribute von</translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>Fehler beim Kopieren von</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>von unbekanntem Typ</translation>
    </message>
    <message>
        <source>Cannot copy %1: it is %2, not a regular file</source>
        <translation>Kann %1 nicht kopieren: Es ist %2, keine reguläre Datei</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Keine Quelle angegeben</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Fehler beim Lesen von</translation>
    </message>
    <message>
        <source>Cannot read %1 as a file: it is a folder</source>
        <translation>Kann %1 nicht als Datei lesen: Es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>CutFollower</name>
    <message>
        <source>&quot;%1&quot; was moved to another program. Remove it from the server too?</source>
        <translation>„%1“ wurde in ein anderes Programm verschoben. Auch vom Server entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cut here were moved to another program. Remove them from the server too?</source>
        <translation>
            <numerusform>%n hier ausgeschnittenes Element wurde in ein anderes Programm verschoben. Auch vom Server entfernen?</numerusform>
            <numerusform>%n hier ausgeschnittene Elemente wurden in ein anderes Programm verschoben. Auch vom Server entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Server</source>
        <translation>Vom Server entfernen</translation>
    </message>
</context>
<context>
    <name>DropTarget</name>
    <message>
        <source>&amp;Copy Here</source>
        <translation>Hierher &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Move Here</source>
        <translation>Hierher &amp;verschieben</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cannot move the folder &quot;%1&quot; into itself.</source>
        <translation>Der Ordner „%1“ kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot copy the folder &quot;%1&quot; into itself.</source>
        <translation>Der Ordner „%1“ kann nicht in sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>%1 (copy)%2</source>
        <translation>%1 (Kopie)%2</translation>
    </message>
    <message>
        <source>%1 (copy %2)%3</source>
        <translation>%1 (Kopie %2)%3</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ExportQuery</name>
    <message>
        <source>Cannot create an RPC context</source>
        <translation>Kann keinen RPC-Kontext anlegen</translation>
    </message>
</context>
<context>
    <name>FileClipboard</name>
    <message>
        <source>Select one or more files or folders to cut.</source>
        <translation>Wählen Sie eine oder mehrere Dateien oder Ordner zum Ausschneiden.</translation>
    </message>
    <message>
        <source>Select one or more files or folders to copy.</source>
        <translation>Wählen Sie eine oder mehrere Dateien oder Ordner zum Kopieren.</translation>
    </message>
    <message>
        <source>The clipboard holds no files to paste.</source>
        <translation>Die Zwischenablage enthält keine Dateien zum Einfügen.</translation>
    </message>
    <message>
        <source>Uploaded &quot;%1&quot;, but could not remove it here.</source>
        <translation>„%1“ wurde hochgeladen, konnte hier aber nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Could not make the cache folder for &quot;%1&quot;.</source>
        <translation>Der Cache-Ordner für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Upload the Changes?</source>
        <translation>Änderungen hochladen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved in another application. Upload it back to the server?</source>
        <translation>„%1“ wurde in einer anderen Anwendung gespeichert. Zurück auf den Server hochladen?</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Changed on the Server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was also changed on the server since it was opened. Keep both, uploading your copy under a new name?</source>
        <translation>„%1“ wurde seit dem Öffnen auch auf dem Server geändert. Beide behalten und Ihre Kopie unter einem neuen Namen hochladen?</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>%1 could not be started to open &quot;%2&quot;.</source>
        <translation>%1 konnte nicht gestartet werden, um „%2“ zu öffnen.</translation>
    </message>
    <message>
        <source>No application is set to open &quot;%1&quot; (%2). Choose one with Open With….</source>
        <translation>Keine Anwendung ist zum Öffnen von „%1“ eingestellt (%2). Wählen Sie eine mit „Öffnen mit…“.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>*.txt, report-??.pdf, notes</source>
        <translation>*.txt, bericht-??.pdf, notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Searches %1 and everything below it.</source>
        <translation>Durchsucht %1 und alles darunter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern.</source>
        <translation>„%1“ ist kein gültiges Muster.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n found</source>
        <translation>
            <numerusform>Suche läuft… %n gefunden</numerusform>
            <numerusform>Suche läuft… %n gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n found</source>
        <translation>
            <numerusform>Angehalten: %n gefunden</numerusform>
            <numerusform>Angehalten: %n gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. %1</source>
        <translation>
            <numerusform>%n gefunden. %1</numerusform>
            <numerusform>%n gefunden. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
</context>
<context>
    <name>FolderOperations</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it with the renamed item?</source>
        <translation>„%1“ existiert bereits. Durch das umbenannte Element ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the server? Folders are deleted with everything in them. A delete on an NFS server cannot be undone: there is no trash.</source>
        <translation>%1 vom Server löschen? Ordner werden mit ihrem gesamten Inhalt gelöscht. Löschen auf einem NFS-Server kann nicht rückgängig gemacht werden: Es gibt keinen Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird gelöscht…</numerusform>
            <numerusform>%n Elemente werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more files or folders to download.</source>
        <translation>Wählen Sie eine oder mehrere Dateien oder Ordner zum Herunterladen aus.</translation>
    </message>
    <message>
        <source>Download to</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Einen Ordner hochladen</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird heruntergeladen…</numerusform>
            <numerusform>%n Elemente werden heruntergeladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird hochgeladen…</numerusform>
            <numerusform>%n Elemente werden hochgeladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading… %n item(s) copied</source>
        <translation>
            <numerusform>Herunterladen… %n Element kopiert</numerusform>
            <numerusform>Herunterladen… %n Elemente kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading… %n item(s) copied</source>
        <translation>
            <numerusform>Hochladen… %n Element kopiert</numerusform>
            <numerusform>Hochladen… %n Elemente kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 from the server? A delete on an NFS server cannot be undone: there is no trash.</source>
        <translation>%1 vom Server löschen? Ein Löschen auf einem NFS-Server kann nicht rückgängig gemacht werden: es gibt keinen Papierkorb.</translation>
    </message>
</context>
<context>
    <name>FolderView</name>
    <message>
        <source>Filter:</source>
        <translation>Namensfilter:</translation>
    </message>
    <message>
        <source>Part of a name, or a pattern like *.txt</source>
        <translation>Teil eines Namens, oder ein Muster wie *.txt</translation>
    </message>
    <message>
        <source>Close the filter bar</source>
        <translation>Filterleiste schließen</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 frei von %2</translation>
    </message>
    <message>
        <source>The server does not let you change this folder (a read-only export, or no write permission)</source>
        <translation>Der Server lässt Sie diesen Ordner nicht ändern (eine schreibgeschützte Freigabe oder keine Schreibrechte)</translation>
    </message>
    <message>
        <source>Folders: %1, files: %2 (%3)</source>
        <translation>Ordner: %1, Dateien: %2 (%3)</translation>
    </message>
    <message>
        <source>Selected: %1 (%2)</source>
        <translation>Ausgewählt: %1 (%2)</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation>„%1“ kann nicht als Name verwendet werden.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;.</source>
        <translation>Ein Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>A name cannot contain a NUL character.</source>
        <translation>Ein Name darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The name is too long: %1 bytes, at most %2.</source>
        <translation>Der Name ist zu lang: %1 Bytes, höchstens %2.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) for the drop: drag again when they are ready</source>
        <translation>
            <numerusform>%n Datei(en) für das Ablegen werden vorbereitet: erneut ziehen, sobald sie bereit sind</numerusform>
            <numerusform>%n Datei(en) für das Ablegen werden vorbereitet: erneut ziehen, sobald sie bereit sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Files, in details</source>
        <translation>Dateien, mit Details</translation>
    </message>
    <message>
        <source>Files, as icons</source>
        <translation>Dateien, als Symbole</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1 was removed on the server; showing %2, the nearest folder above it.</source>
        <translation>%1 wurde auf dem Server entfernt; angezeigt wird %2, der nächste Ordner darüber.</translation>
    </message>
    <message>
        <source>%1 cannot be undone: something was already there, which it replaced or merged into.</source>
        <translation>Nicht rückgängig zu machen (%1): Dort war bereits etwas, das ersetzt oder mit dem zusammengeführt wurde.</translation>
    </message>
    <message>
        <source>Nothing here matches the filter &quot;%1&quot;</source>
        <translation>Nichts hier passt zum Filter „%1“</translation>
    </message>
    <message>
        <source>%1, shown by the filter &quot;%2&quot;</source>
        <translation>%1, angezeigt durch den Filter „%2“</translation>
    </message>
</context>
<context>
    <name>HexView</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the pane</source>
        <translation>Das Bild in den Bereich einpassen</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Turn a quarter clockwise</source>
        <translation>Eine Vierteldrehung im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>%1 image, %2×%3 pixels</source>
        <translation>%1-Bild, %2×%3 Pixel</translation>
    </message>
</context>
<context>
    <name>ListingStream</name>
    <message>
        <source>No file handle for %1 on %2</source>
        <translation>Kein Datei-Handle für %1 auf %2</translation>
    </message>
    <message>
        <source>The server %1 sent the listing of %2 from the same place twice (cookie %3); the listing stops there</source>
        <translation>Der Server %1 hat die Auflistung von %2 zweimal ab derselben Stelle gesendet (Cookie %3); die Auflistung endet dort</translation>
    </message>
    <message>
        <source>The server %1 answered the listing of %2 without its entries</source>
        <translation>Der Server %1 hat auf die Auflistung von %2 ohne deren Einträge geantwortet</translation>
    </message>
</context>
<context>
    <name>LocalPane</name>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>A folder on this computer</source>
        <translation>Ein Ordner auf diesem Rechner</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>Dateien auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>Cannot open the folder</source>
        <translation>Fehler beim Öffnen des Ordners</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Fehler beim Ersetzen von</translation>
    </message>
    <message>
        <source>Will not replace</source>
        <translation>Kein Ersetzen von</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in</source>
        <translation>Fehler beim Anlegen einer temporären Datei in</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Fehler beim Schreiben von</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>Fehler beim Leeren des Puffers von</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Fehler beim Prüfen von</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes instead of %3</source>
        <translation>%1 enthält %2 Bytes statt %3</translation>
    </message>
    <message>
        <source>Cannot rename into place</source>
        <translation>Fehler beim Umbenennen an den Zielort für</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>Click here or press Ctrl+L to type a location</source>
        <translation>Hier klicken oder Strg+L drücken, um einen Ort einzugeben</translation>
    </message>
    <message>
        <source>nfs://server/export/folder</source>
        <translation>nfs://server/freigabe/ordner</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>A path needs a server: type nfs://server%1, or open a server first</source>
        <translation>Ein Pfad braucht einen Server: Geben Sie nfs://server%1 ein oder öffnen Sie zuerst einen Server</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NFS Navigator</source>
        <translation>NFS Navigator</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt besucht</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect and Forget Server</source>
        <translation>Verbindung trennen und Server &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detailansicht</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>&amp;Symbolansicht</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>&amp;Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>&amp;Ort bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Down&amp;load…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>U&amp;pload…</source>
        <translation>Hoch&amp;laden…</translation>
    </message>
    <message>
        <source>Upload &amp;Folder…</source>
        <translation>&amp;Ordner hochladen…</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark</source>
        <translation>Lesezeichen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;About NFS Navigator</source>
        <translation>&amp;Über NFS Navigator</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>Type a location (Ctrl+L), pick a bookmark, or connect to a server.</source>
        <translation>Geben Sie einen Ort ein (Strg+L), wählen Sie ein Lesezeichen oder verbinden Sie sich mit einem Server.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>%1 — NFS Navigator</source>
        <translation>%1 — NFS Navigator</translation>
    </message>
    <message>
        <source>Listing… %1</source>
        <translation>Wird aufgelistet… %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>%1 is not answering</source>
        <translation>%1 antwortet nicht</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>In neuem &amp;Tab öffnen</translation>
    </message>
    <message>
        <source>Could not add a bookmark named &quot;%1&quot;.</source>
        <translation>Lesezeichen „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Übertragungen</translation>
    </message>
    <message>
        <source>Open &amp;With…</source>
        <translation>Öffnen &amp;mit …</translation>
    </message>
    <message>
        <source>S&amp;plit View</source>
        <translation>&amp;Geteilte Ansicht</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Auss&amp;chneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Copy &amp;Location</source>
        <translation>&amp;Ort kopieren</translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>This place is already bookmarked as &quot;%1&quot;.</source>
        <translation>Dieser Ort ist bereits als Lesezeichen „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
</context>
<context>
    <name>MediaPlayerHost</name>
    <message>
        <source>the file could not be opened: %1</source>
        <translation>die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no media backend is available (GStreamer with gstreamer1.0-plugins-base, -good and -libav)</source>
        <translation>kein Medien-Backend verfügbar (GStreamer mit gstreamer1.0-plugins-base, -good und -libav)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the media could not be played: %1</source>
        <translation>das Medium konnte nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>the format is not supported</source>
        <translation>das Format wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>MountController</name>
    <message>
        <source>%1 exports nothing that holds %2; its exports are: %3</source>
        <translation>%1 gibt nichts frei, das %2 enthält; seine Freigaben sind: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cannot mount %1</source>
        <translation>Kann %1 nicht einhängen</translation>
    </message>
</context>
<context>
    <name>NfsError</name>
    <message>
        <source>connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>mounting</source>
        <translation>Einhängen</translation>
    </message>
    <message>
        <source>listing exports</source>
        <translation>Auflisten der Freigaben</translation>
    </message>
    <message>
        <source>reading attributes</source>
        <translation>Lesen der Attribute</translation>
    </message>
    <message>
        <source>listing a folder</source>
        <translation>Auflisten eines Ordners</translation>
    </message>
    <message>
        <source>creating a folder</source>
        <translation>Anlegen eines Ordners</translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation>Entfernen eines Ordners</translation>
    </message>
    <message>
        <source>removing a file</source>
        <translation>Entfernen einer Datei</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>reading free space</source>
        <translation>Lesen des freien Speichers</translation>
    </message>
    <message>
        <source>opening a file</source>
        <translation>Öffnen einer Datei</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>closing a file</source>
        <translation>Schließen einer Datei</translation>
    </message>
    <message>
        <source>changing permissions</source>
        <translation>Ändern der Zugriffsrechte</translation>
    </message>
    <message>
        <source>changing the owner</source>
        <translation>Ändern des Eigentümers</translation>
    </message>
    <message>
        <source>changing times</source>
        <translation>Ändern der Zeiten</translation>
    </message>
    <message>
        <source>creating a symbolic link</source>
        <translation>Anlegen eines symbolischen Links</translation>
    </message>
    <message>
        <source>reading a symbolic link</source>
        <translation>Lesen eines symbolischen Links</translation>
    </message>
    <message>
        <source>creating a hard link</source>
        <translation>Anlegen eines harten Links</translation>
    </message>
    <message>
        <source>truncating</source>
        <translation>Kürzen</translation>
    </message>
    <message>
        <source>working</source>
        <translation>Verarbeiten</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Ordner nicht leer</translation>
    </message>
    <message>
        <source>Not a folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <source>Is a folder</source>
        <translation>Ist ein Ordner</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>No space left on the server</source>
        <translation>Kein Platz mehr auf dem Server</translation>
    </message>
    <message>
        <source>Name too long</source>
        <translation>Name zu lang</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Ungültiges Argument</translation>
    </message>
    <message>
        <source>Cannot move across file systems</source>
        <translation>Verschieben zwischen Dateisystemen nicht möglich</translation>
    </message>
    <message>
        <source>Stale file handle (the file was removed or the server restarted)</source>
        <translation>Veraltetes Datei-Handle (die Datei wurde entfernt oder der Server neu gestartet)</translation>
    </message>
    <message>
        <source>Input/output error on the server</source>
        <translation>Ein-/Ausgabefehler auf dem Server</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Rechner nicht erreichbar</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Not supported by the server</source>
        <translation>Vom Server nicht unterstützt</translation>
    </message>
    <message>
        <source>The server refused the mount</source>
        <translation>Der Server hat das Einhängen verweigert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>Ungültige URL</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Server %1 did not answer in %2 s (%3)</source>
        <translation>Server %1 hat nicht innerhalb von %2 s geantwortet (%3)</translation>
    </message>
    <message>
        <source>Server %1 did not answer in %2 s (%3 %4)</source>
        <translation>Server %1 hat nicht innerhalb von %2 s geantwortet (%3 %4)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 refused the request (%2 %3): it accepts only clients on a privileged source port (below 1024), which a normal user&apos;s programs do not get. Either allow other ports on the server with the export&apos;s &apos;insecure&apos; option, or let these programs use privileged ports: sudo setcap cap_net_bind_service=+ep %4 %5</source>
        <translation>%1 hat die Anfrage abgelehnt (%2 %3): Er nimmt nur Clients mit einem privilegierten Quellport (unter 1024) an, den die Programme eines normalen Benutzers nicht erhalten. Erlauben Sie entweder andere Ports auf dem Server mit der Option &apos;insecure&apos; der Freigabe, oder lassen Sie diese Programme privilegierte Ports verwenden: sudo setcap cap_net_bind_service=+ep %4 %5</translation>
    </message>
    <message>
        <source>%1 refused the request (%2 %3): the server did not accept this client&apos;s credentials (uid and gid in the URL) or its security flavour (only AUTH_SYS is supported)</source>
        <translation>%1 hat die Anfrage abgelehnt (%2 %3): Der Server hat die Anmeldedaten dieses Clients (uid und gid in der URL) oder sein Sicherheitsverfahren nicht akzeptiert (nur AUTH_SYS wird unterstützt)</translation>
    </message>
    <message>
        <source>%1 does not offer the NFS service this needs (%2): %3. If it serves only NFSv4, add ?version=4 to the URL</source>
        <translation>%1 bietet den hierfür nötigen NFS-Dienst nicht an (%2): %3. Wenn er nur NFSv4 anbietet, ?version=4 an die URL anhängen</translation>
    </message>
    <message>
        <source>Connection refused by %1 (%2): no NFS service is listening there</source>
        <translation>Verbindung von %1 abgelehnt (%2): dort lauscht kein NFS-Dienst</translation>
    </message>
    <message>
        <source>The portmapper on %1 did not answer (%2); if the server has none, give nfsport= and mountport= in the URL</source>
        <translation>Der Portmapper auf %1 hat nicht geantwortet (%2); wenn der Server keinen hat, nfsport= und mountport= in der URL angeben</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2): %3</source>
        <translation>%1 ist nicht erreichbar (%2): %3</translation>
    </message>
    <message>
        <source>%1 refused to mount %2: permission denied. Usually the export does not allow this client: it may need the &apos;insecure&apos; option (this program connects from an unprivileged port), or access for another uid/gid (uid= and gid= in the URL)</source>
        <translation>%1 hat das Einhängen von %2 verweigert: Zugriff verweigert. Meist erlaubt die Freigabe diesen Client nicht: Sie braucht vielleicht die Option &apos;insecure&apos; (dieses Programm verbindet sich von einem unprivilegierten Port), oder Zugriff für eine andere uid/gid (uid= und gid= in der URL)</translation>
    </message>
    <message>
        <source>%1 has no export %2</source>
        <translation>%1 hat keine Freigabe %2</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4)</source>
        <translation>%1: %2 auf %3 (%4)</translation>
    </message>
    <message>
        <source>Disk quota exceeded on %1: %2 (%3)</source>
        <translation>Speicherkontingent auf %1 überschritten: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is busy with %2 and asked to be asked again later (%3); try again in a while</source>
        <translation>%1 ist mit %2 beschäftigt und bittet, es später erneut zu versuchen (%3); versuchen Sie es in einer Weile wieder</translation>
    </message>
    <message>
        <source>%1 did not deliver the data of %2 (%3): it refused the READ or sent a reply that could not be read</source>
        <translation>%1 hat die Daten von %2 nicht geliefert (%3): der Server hat das READ abgelehnt oder eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <source>%1 sent a reply that could not be read for %2 (%3): it does not follow the NFS protocol</source>
        <translation>%1 hat für %2 eine Antwort gesendet, die nicht gelesen werden konnte (%3): sie folgt nicht dem NFS-Protokoll</translation>
    </message>
    <message>
        <source>%1, acting as uid %2 and gid %3 (uid= and gid= in the URL choose another identity)</source>
        <translation>%1, als UID %2 und GID %3 (uid= und gid= in der URL wählen eine andere Identität)</translation>
    </message>
    <message>
        <source>%1 is in its grace period after a restart and refused %2 (%3): for up to 90 s it lets clients reclaim their files first; try again when it is over</source>
        <translation>%1 befindet sich nach einem Neustart in seiner Schonfrist und hat %2 abgelehnt (%3): bis zu 90 s lang lässt er Clients zuerst ihre Dateien zurückfordern; versuchen Sie es danach erneut</translation>
    </message>
    <message>
        <source>The session was closed</source>
        <translation>Die Sitzung wurde geschlossen</translation>
    </message>
    <message>
        <source>Server %1 did not answer (%2): no connection could be made</source>
        <translation>Server %1 hat nicht geantwortet (%2): keine Verbindung kam zustande</translation>
    </message>
    <message>
        <source>Only a file can be truncated</source>
        <translation>Nur eine Datei kann gekürzt werden</translation>
    </message>
    <message>
        <source>A hard link can only be made to a file</source>
        <translation>Eine harte Verknüpfung kann nur auf eine Datei zeigen</translation>
    </message>
    <message>
        <source>Not a symbolic link</source>
        <translation>Keine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>Refused as invalid (a folder cannot go into itself or into a folder inside it)</source>
        <translation>Als ungültig abgelehnt (ein Ordner kann nicht in sich selbst oder einen seiner Unterordner verschoben werden)</translation>
    </message>
</context>
<context>
    <name>NfsUrl</name>
    <message>
        <source>empty URL</source>
        <translation>leere URL</translation>
    </message>
    <message>
        <source>invalid control character %1 in the URL (position %2)</source>
        <translation>ungültiges Steuerzeichen %1 in der URL (Position %2)</translation>
    </message>
    <message>
        <source>the URL has a fragment (&apos;#&apos; at position %1), which nfs:// URLs do not use; write a &apos;#&apos; in a name as %2</source>
        <translation>die URL hat ein Fragment (&apos;#&apos; an Position %1), das nfs://-URLs nicht verwenden; ein &apos;#&apos; in einem Namen als %2 schreiben</translation>
    </message>
    <message>
        <source>invalid character &apos;%&apos; in the URL (position %1): it must start an escape such as %2; write a &apos;%&apos; itself as %3</source>
        <translation>ungültiges Zeichen &apos;%&apos; in der URL (Position %1): Es muss eine Escape-Sequenz wie %2 beginnen; ein &apos;%&apos; selbst als %3 schreiben</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in the URL (position %2); write it as %3</source>
        <translation>ungültiges Zeichen &apos;%1&apos; in der URL (Position %2); als %3 schreiben</translation>
    </message>
    <message>
        <source>invalid character %1 in the URL (position %2): a lone UTF-16 surrogate</source>
        <translation>ungültiges Zeichen %1 in der URL (Position %2): ein einzelnes UTF-16-Surrogat</translation>
    </message>
    <message>
        <source>invisible character %1 in the URL (position %2); if it belongs there, write it as %3</source>
        <translation>unsichtbares Zeichen %1 in der URL (Position %2); wenn es dorthin gehört, als %3 schreiben</translation>
    </message>
    <message>
        <source>bad host name &apos;%1&apos;: %2</source>
        <translation>ungültiger Rechnername „%1“: %2</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>empty part between dots</source>
        <translation>leerer Teil zwischen Punkten</translation>
    </message>
    <message>
        <source>a part is longer than 63 characters</source>
        <translation>ein Teil ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>it may hold only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>er darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>a part may not begin or end with &apos;-&apos;</source>
        <translation>ein Teil darf nicht mit &apos;-&apos; beginnen oder enden</translation>
    </message>
    <message>
        <source>bad IPv4 address &apos;%1&apos;</source>
        <translation>ungültige IPv4-Adresse „%1“</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; contains a NUL byte, which no NFS name can hold</source>
        <translation>der Pfad „%1“ enthält ein NUL-Byte, das kein NFS-Name enthalten kann</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; goes above the root with &apos;..&apos;</source>
        <translation>der Pfad „%1“ geht mit &apos;..&apos; über die Wurzel hinaus</translation>
    </message>
    <message>
        <source>not an nfs:// URL: it must start with nfs://</source>
        <translation>keine nfs://-URL: Sie muss mit nfs:// beginnen</translation>
    </message>
    <message>
        <source>user names are not supported in nfs:// URLs (&apos;%1@&apos;); use uid= and gid= instead</source>
        <translation>Benutzernamen werden in nfs://-URLs nicht unterstützt („%1@“); stattdessen uid= und gid= verwenden</translation>
    </message>
    <message>
        <source>bad IPv6 address &apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>ungültige IPv6-Adresse „%1“: &apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the IPv6 address; write a port as [address]:port</source>
        <translation>unerwartetes &apos;%1&apos; nach der IPv6-Adresse; einen Port als [adresse]:port schreiben</translation>
    </message>
    <message>
        <source>an IPv6 address must be in brackets, as in nfs://[%1]/</source>
        <translation>eine IPv6-Adresse muss in eckigen Klammern stehen, wie in nfs://[%1]/</translation>
    </message>
    <message>
        <source>missing host: write nfs://server/path</source>
        <translation>Rechner fehlt: nfs://server/pfad schreiben</translation>
    </message>
    <message>
        <source>bad port %1: must be a number from 1 to 65535</source>
        <translation>ungültiger Port %1: muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>bad IPv6 address &apos;%1&apos;</source>
        <translation>ungültige IPv6-Adresse „%1“</translation>
    </message>
    <message>
        <source>bad host name &apos;%1&apos;: it may hold only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>ungültiger Rechnername „%1“: Er darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <source>bad IPv6 zone in &apos;%1&apos;: use an interface name such as %2</source>
        <translation>ungültige IPv6-Zone in „%1“: einen Schnittstellennamen wie %2 verwenden</translation>
    </message>
    <message>
        <source>a name in the path contains %1, an encoded &apos;/&apos;, which no NFS name can hold</source>
        <translation>ein Name im Pfad enthält %1, ein kodiertes &apos;/&apos;, das kein NFS-Name enthalten kann</translation>
    </message>
    <message>
        <source>the path contains %1, a NUL byte, which no NFS name can hold</source>
        <translation>der Pfad enthält %1, ein NUL-Byte, das kein NFS-Name enthalten kann</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; is given twice</source>
        <translation>Argument „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has no value: write %1=VALUE</source>
        <translation>Argument „%1“ hat keinen Wert: %1=WERT schreiben</translation>
    </message>
    <message>
        <source>bad version &apos;%1&apos;: must be 3 or 4</source>
        <translation>ungültige version „%1“: muss 3 oder 4 sein</translation>
    </message>
    <message>
        <source>bad uid &apos;%1&apos;: must be a number from 0 to %2</source>
        <translation>ungültige uid „%1“: muss eine Zahl von 0 bis %2 sein</translation>
    </message>
    <message>
        <source>bad gid &apos;%1&apos;: must be a number from 0 to %2</source>
        <translation>ungültige gid „%1“: muss eine Zahl von 0 bis %2 sein</translation>
    </message>
    <message>
        <source>bad nfsport &apos;%1&apos;: must be a port number from 1 to 65535</source>
        <translation>ungültiger nfsport „%1“: muss eine Portnummer von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>bad mountport &apos;%1&apos;: must be a port number from 1 to 65535</source>
        <translation>ungültiger mountport „%1“: muss eine Portnummer von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>bad timeout &apos;%1&apos;: must be a number of seconds from 1 to 3600</source>
        <translation>ungültiger timeout „%1“: muss eine Anzahl Sekunden von 1 bis 3600 sein</translation>
    </message>
    <message>
        <source>bad autoreconnect &apos;%1&apos;: must be a number of attempts from 0 to 100</source>
        <translation>ungültiger autoreconnect „%1“: muss eine Anzahl Versuche von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>bad readahead &apos;%1&apos;: must be a number of bytes from 0 to %2</source>
        <translation>ungültiger readahead „%1“: muss eine Anzahl Bytes von 0 bis %2 sein</translation>
    </message>
    <message>
        <source>bad dircache &apos;%1&apos;: must be 0 or 1</source>
        <translation>ungültiger dircache „%1“: muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>bad auto-traverse-mounts &apos;%1&apos;: must be 0 or 1</source>
        <translation>ungültiges auto-traverse-mounts „%1“: muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>bad tcp-syncnt &apos;%1&apos;: must be a number from 1 to 255</source>
        <translation>ungültiger tcp-syncnt „%1“: muss eine Zahl von 1 bis 255 sein</translation>
    </message>
    <message>
        <source>conflicting NFS ports: :%1 after the host and nfsport=%2; give only one</source>
        <translation>widersprüchliche NFS-Ports: :%1 nach dem Rechner und nfsport=%2; nur einen angeben</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; is not absolute: it must start with &apos;/&apos;</source>
        <translation>der Pfad „%1“ ist nicht absolut: Er muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>bad name: a name cannot be empty</source>
        <translation>ungültiger Name: ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>bad name &apos;%1&apos;: a name cannot contain &apos;/&apos;</source>
        <translation>ungültiger Name „%1“: ein Name darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>bad name &apos;%1&apos;: a name cannot contain a NUL byte</source>
        <translation>ungültiger Name „%1“: ein Name darf kein NUL-Byte enthalten</translation>
    </message>
    <message>
        <source>bad name &apos;%1&apos;: &apos;.&apos; and &apos;..&apos; are not names</source>
        <translation>ungültiger Name „%1“: &apos;.&apos; und &apos;..&apos; sind keine Namen</translation>
    </message>
</context>
<context>
    <name>OpenWithDialog</name>
    <message>
        <source>Open With</source>
        <translation>Öffnen mit</translation>
    </message>
    <message>
        <source>No application is registered for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist keine Anwendung registriert.</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; with:</source>
        <translation>„%1“ öffnen mit:</translation>
    </message>
</context>
<context>
    <name>PathResolver</name>
    <message>
        <source>%1 on %2 is a symbolic link, which is not followed here</source>
        <translation>%1 auf %2 ist ein symbolischer Link, dem hier nicht gefolgt wird</translation>
    </message>
    <message>
        <source>The symbolic link %1 on %2 points to %3, outside the server&apos;s tree</source>
        <translation>Der symbolische Link %1 auf %2 zeigt auf %3, außerhalb des Dateibaums des Servers</translation>
    </message>
    <message>
        <source>The symbolic link %1 on %2 points to %3, outside the export %4: it is not followed</source>
        <translation>Der symbolische Link %1 auf %2 zeigt auf %3, außerhalb der Freigabe %4: Ihm wird nicht gefolgt</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>the file ended early</source>
        <translation>die Datei endete vorzeitig</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>die Datei wurde nicht gefunden</translation>
    </message>
    <message>
        <source>it is not a PDF QtPdf can read, or it is damaged</source>
        <translation>es ist kein PDF, das QtPdf lesen kann, oder es ist beschädigt</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>es ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>its encryption is not supported</source>
        <translation>seine Verschlüsselung wird nicht unterstützt</translation>
    </message>
    <message>
        <source>QtPdf could not read it</source>
        <translation>QtPdf konnte es nicht lesen</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the page width to the pane</source>
        <translation>Die Seitenbreite in den Bereich einpassen</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Preview Pane</source>
        <translation>&amp;Vorschaubereich</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewLoader</name>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>the file could not be opened: %1</source>
        <translation>die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the archive could not be opened: %1</source>
        <translation>das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the PDF is %1, more than the PDF preview limit of %2</source>
        <translation>das PDF ist %1 groß, mehr als die PDF-Vorschaugrenze von %2</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels; decoded it would take %3, more than the image limit of %4 MiB</source>
        <translation>das Bild hat %1×%2 Pixel; dekodiert würde es %3 belegen, mehr als die Bildgrenze von %4 MiB</translation>
    </message>
    <message>
        <source>Orientation: turned as the file says (EXIF)</source>
        <translation>Ausrichtung: gedreht wie in der Datei angegeben (EXIF)</translation>
    </message>
    <message>
        <source>the image could not be decoded (%1)</source>
        <translation>das Bild konnte nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source> … [line cut: %1 more characters]</source>
        <translation> … [Zeile gekürzt: %1 weitere Zeichen]</translation>
    </message>
    <message>
        <source>the image is %1, more than the image preview limit of %2</source>
        <translation>das Bild ist %1 groß, mehr als die Bild-Vorschaugrenze von %2</translation>
    </message>
    <message>
        <source>the PDF is %1, more than the %2 a PDF preview ever reads into memory</source>
        <translation>das PDF ist %1 groß, mehr als die %2, die eine PDF-Vorschau höchstens in den Speicher liest</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Symbolic link (its target is not known yet)</source>
        <translation>Symbolischer Link (sein Ziel ist noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Symbolic link to %1 (which does not exist)</source>
        <translation>Symbolischer Link auf %1 (nicht vorhanden)</translation>
    </message>
    <message>
        <source>Symbolic link to %1</source>
        <translation>Symbolischer Link auf %1</translation>
    </message>
    <message>
        <source>Named pipe (FIFO)</source>
        <translation>Benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket-Datei</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Zeichengerät</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Blockgerät</translation>
    </message>
    <message>
        <source>%1
Permissions: %2
Modified: %3
Special files are not opened for a preview.</source>
        <translation>%1
Zugriffsrechte: %2
Geändert: %3
Spezialdateien werden für eine Vorschau nicht geöffnet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>there is no connection to %1</source>
        <translation>es besteht keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation>die Verbindung zu %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>Select a file to see a preview.</source>
        <translation>Wählen Sie eine Datei aus, um eine Vorschau zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Folder: %n item(s), %1</source>
        <translation>
            <numerusform>Ordner: %n Element, %1</numerusform>
            <numerusform>Ordner: %n Elemente, %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (counting…)</source>
        <translation> (wird gezählt…)</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read and are not counted</source>
        <translation>
            <numerusform>%n Ordner konnte nicht gelesen werden und wird nicht gezählt</numerusform>
            <numerusform>%n Ordner konnten nicht gelesen werden und werden nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Anyway</source>
        <translation>&amp;Trotzdem anzeigen</translation>
    </message>
    <message>
        <source>Preview it past the limit: what streams is read only as far as it is shown; a PDF is read whole into memory, %1 at most</source>
        <translation>Vorschau über die Grenze hinaus: Was sich streamen lässt, wird nur so weit gelesen, wie es angezeigt wird; ein PDF wird ganz in den Speicher gelesen, höchstens %1</translation>
    </message>
</context>
<context>
    <name>PreviewViewer</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Symbolischer Link</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Blockgerät</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Zeichengerät</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>Benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>(nobody: the server squashes this user&apos;s id)</source>
        <translation>(nobody: Der Server bildet die ID dieses Benutzers auf nobody ab)</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Letzter Zugriff:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Status geändert:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Harte Links:</translation>
    </message>
    <message>
        <source>Inode:</source>
        <translation>Inode-Nummer:</translation>
    </message>
    <message>
        <source>Link target:</source>
        <translation>Linkziel:</translation>
    </message>
    <message>
        <source>Changing permissions…</source>
        <translation>Zugriffsrechte werden geändert…</translation>
    </message>
    <message>
        <source>Permissions changed.</source>
        <translation>Zugriffsrechte geändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>calculating…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>%1 so far…</source>
        <translation>bisher %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: counted so far)</source>
        <translation>(abgebrochen: bisher gezählt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>RemoteFile</name>
    <message>
        <source>Invalid mode &apos;%1&apos;: use r, r+, w, w+, a or a+</source>
        <translation>Ungültiger Modus „%1“: r, r+, w, w+, a oder a+ verwenden</translation>
    </message>
    <message>
        <source>The file is already open</source>
        <translation>Die Datei ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Open for reading, writing or both</source>
        <translation>Zum Lesen, Schreiben oder beidem öffnen</translation>
    </message>
    <message>
        <source>The file is closed</source>
        <translation>Die Datei ist geschlossen</translation>
    </message>
    <message>
        <source>The server %1 lost what was written to %2 again and again (it keeps restarting)</source>
        <translation>Der Server %1 hat immer wieder verloren, was nach %2 geschrieben wurde (er startet ständig neu)</translation>
    </message>
</context>
<context>
    <name>RemoteFsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Defekter Link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Special file (%1)</source>
        <translation>Spezialdatei (%1)</translation>
    </message>
    <message>
        <source>Owned by uid %1 (nobody): the server squashes this user&apos;s id</source>
        <translation>Gehört uid %1 (nobody): Der Server bildet die ID dieses Benutzers auf nobody ab</translation>
    </message>
    <message>
        <source>Broken link to %1</source>
        <translation>Defekter Link auf %1</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Link auf %1</translation>
    </message>
</context>
<context>
    <name>RemoteTarget</name>
    <message>
        <source>Cannot replace %1: it is a folder</source>
        <translation>Kann %1 nicht ersetzen: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>Will not replace %1: it exists</source>
        <translation>%1 wird nicht ersetzt: Es existiert bereits</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1</source>
        <translation>Kann keine temporäre Datei neben %1 anlegen</translation>
    </message>
    <message>
        <source>No free name beside %1</source>
        <translation>Kein freier Name neben %1</translation>
    </message>
    <message>
        <source>Cannot go on writing %1: %2</source>
        <translation>Kann %1 nicht weiterschreiben: %2</translation>
    </message>
    <message>
        <source>No space left on the server for %1 (%2 bytes free)</source>
        <translation>Kein Platz mehr auf dem Server für %1 (%2 Bytes frei)</translation>
    </message>
    <message>
        <source>The server refused to write %1 and gave no reason (out of space or over quota?)</source>
        <translation>Der Server hat das Schreiben von %1 ohne Angabe von Gründen verweigert (kein Platz mehr oder Kontingent überschritten?)</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 instead of %3</source>
        <translation>Auf dem Server liegen %1 Bytes von %2 statt %3</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>%1 is outside the export %2 mounted from %3</source>
        <translation>%1 liegt außerhalb der Freigabe %2, eingehängt von %3</translation>
    </message>
    <message>
        <source>%1 no longer offers the export %2 (%3: its file handle is stale); reconnect to mount again and see what it offers now</source>
        <translation>%1 bietet die Freigabe %2 nicht mehr an (%3: ihr Datei-Handle ist veraltet); verbinden Sie sich neu, um erneut einzuhängen und zu sehen, was er jetzt anbietet</translation>
    </message>
    <message>
        <source>%1 no longer knows %2 (%3: its file handle is stale): it was removed on the server, or the export %4 is no longer offered; reconnect to mount again</source>
        <translation>%1 kennt %2 nicht mehr (%3: sein Datei-Handle ist veraltet): es wurde auf dem Server entfernt, oder die Freigabe %4 wird nicht mehr angeboten; verbinden Sie sich neu, um erneut einzuhängen</translation>
    </message>
</context>
<context>
    <name>SessionOperations</name>
    <message>
        <source>%1: libnfs 4.0 cannot change a symbolic link itself over NFSv4 (%2 on %3); use version=3 for this</source>
        <translation>%1: libnfs 4.0 kann einen symbolischen Link selbst nicht über NFSv4 ändern (%2 auf %3); dafür version=3 verwenden</translation>
    </message>
</context>
<context>
    <name>SessionWorker</name>
    <message>
        <source>Cannot create an NFS context</source>
        <translation>Kann keinen NFS-Kontext anlegen</translation>
    </message>
    <message>
        <source>Connection lost: %1 on %2 (%3); the open file cannot go on</source>
        <translation>Verbindung verloren: %1 auf %2 (%3); die geöffnete Datei kann nicht weiterarbeiten</translation>
    </message>
    <message>
        <source>%1 (libnfs 4.0 cannot change a folder&apos;s attributes over NFSv4; use version=3 for this)</source>
        <translation>%1 (libnfs 4.0 kann die Attribute eines Ordners über NFSv4 nicht ändern; dafür version=3 verwenden)</translation>
    </message>
    <message>
        <source>Cannot resolve host name &apos;%1&apos;: %2</source>
        <translation>Rechnername „%1“ kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source> (or %1 offers it only to clients on a privileged source port, below 1024, which a normal user&apos;s programs do not get: if it is there, either allow other ports on the server with the export&apos;s &apos;insecure&apos; option, or let these programs use privileged ports: sudo setcap cap_net_bind_service=+ep %2 %3)</source>
        <translation> (oder %1 bietet sie nur Clients mit privilegiertem Quellport an, unter 1024, den die Programme eines normalen Benutzers nicht bekommen: falls sie existiert, erlauben Sie entweder andere Ports auf dem Server mit der Freigabeoption &apos;insecure&apos;, oder erlauben Sie diesen Programmen privilegierte Ports: sudo setcap cap_net_bind_service=+ep %2 %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>not set (yours)</source>
        <translation>nicht gesetzt (Ihre)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>NFSv3</source>
        <translation>NFSv3</translation>
    </message>
    <message>
        <source>NFSv4</source>
        <translation>NFSv4</translation>
    </message>
    <message>
        <source>NFS &amp;version:</source>
        <translation>&amp;NFS-Version:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>&amp;Gruppen-ID:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Zeitlimi&amp;t:</translation>
    </message>
    <message>
        <source>Used where a typed nfs:// URL does not say (version=, uid=, gid=, timeout=). Bookmarks keep their own.</source>
        <translation>Gilt, wo eine eingegebene nfs://-URL nichts angibt (version=, uid=, gid=, timeout=). Lesezeichen behalten ihre eigenen Werte.</translation>
    </message>
    <message>
        <source>Parallel tran&amp;sfers:</source>
        <translation>Gleichzeitige Über&amp;tragungen:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>&amp;Dropping files:</source>
        <translation>&amp;Dateien ablegen:</translation>
    </message>
    <message>
        <source>Show t&amp;humbnails of pictures</source>
        <translation>&amp;Miniaturbilder von Bildern zeigen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Te&amp;xt read at most:</source>
        <translation>&amp;Text höchstens lesen:</translation>
    </message>
    <message>
        <source>&amp;Images up to:</source>
        <translation>&amp;Bilder bis:</translation>
    </message>
    <message>
        <source>P&amp;DF documents up to:</source>
        <translation>P&amp;DF-Dokumente bis:</translation>
    </message>
    <message>
        <source>&amp;Archive bytes read at most:</source>
        <translation>&amp;Archiv-Bytes höchstens lesen:</translation>
    </message>
    <message>
        <source>Archive &amp;entries listed at most:</source>
        <translation>Archiv&amp;einträge höchstens auflisten:</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>Fa&amp;rben:</translation>
    </message>
    <message>
        <source>Reopen the &amp;last session&apos;s tabs on start</source>
        <translation>Tabs der &amp;letzten Sitzung beim Start wieder öffnen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Edit the location (Escape: back to the breadcrumbs)</source>
        <translation>Den Ort bearbeiten (Escape: zurück zur Pfadleiste)</translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation>Zurück / vorwärts</translation>
    </message>
    <message>
        <source>Up (from an export: the server&apos;s exports)</source>
        <translation>Hoch (von einer Freigabe aus: die Freigaben des Servers)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Middle-click</source>
        <translation>Mittelklick</translation>
    </message>
    <message>
        <source>Open a folder in a new tab</source>
        <translation>Einen Ordner in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>Drop local files or folders</source>
        <translation>Lokale Dateien oder Ordner ablegen</translation>
    </message>
    <message>
        <source>Upload them (onto a folder&apos;s row: into that folder)</source>
        <translation>Sie hochladen (auf der Zeile eines Ordners: in diesen Ordner)</translation>
    </message>
    <message>
        <source>New tab / close tab</source>
        <translation>Neuer Tab / Tab schließen</translation>
    </message>
    <message>
        <source>Details view / icons view</source>
        <translation>Detailansicht / Symbolansicht</translation>
    </message>
    <message>
        <source>Show or hide hidden files</source>
        <translation>Versteckte Dateien ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Filter bar (Escape closes it)</source>
        <translation>Filterleiste (Escape schließt sie)</translation>
    </message>
    <message>
        <source>Typing in the view</source>
        <translation>Tippen in der Ansicht</translation>
    </message>
    <message>
        <source>Selects the first name that starts with what was typed</source>
        <translation>Wählt den ersten Namen aus, der mit dem Getippten beginnt</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete (asks first)</source>
        <translation>Löschen (fragt vorher)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Copy the location (URLs of the selection, or of the folder)</source>
        <translation>Den Ort kopieren (URLs der Auswahl oder des Ordners)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Bookmark the current place</source>
        <translation>Ein Lesezeichen für den aktuellen Ort setzen</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Show or hide the preview pane</source>
        <translation>Vorschaubereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>View the file in the whole window (Space or Escape closes it, Left/Right step)</source>
        <translation>Datei im ganzen Fenster ansehen (Leertaste oder Escape schließt, Links/Rechts blättern)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open a folder; on a file: open it with the default application</source>
        <translation>Einen Ordner öffnen; eine Datei mit der Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Drop from another tab or window</source>
        <translation>Ablegen aus einem anderen Tab oder Fenster</translation>
    </message>
    <message>
        <source>Copy or move: a menu asks (Shift moves, Ctrl copies)</source>
        <translation>Kopieren oder verschieben: ein Menü fragt (Umschalt verschiebt, Strg kopiert)</translation>
    </message>
    <message>
        <source>Split view: this computer&apos;s files beside the server&apos;s</source>
        <translation>Geteilte Ansicht: die Dateien dieses Rechners neben denen des Servers</translation>
    </message>
    <message>
        <source>Copy / cut / paste files</source>
        <translation>Dateien kopieren / ausschneiden / einfügen</translation>
    </message>
    <message>
        <source>Undo the last rename, move, new folder or copy</source>
        <translation>Letztes Umbenennen, Verschieben, Anlegen eines Ordners oder Kopieren rückgängig machen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>could not reach the running NFS Navigator at %1: %2</source>
        <translation>konnte das laufende NFS Navigator unter %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>the running NFS Navigator did not answer within %1 s (%2)</source>
        <translation>das laufende NFS Navigator hat nicht innerhalb von %1 s geantwortet (%2)</translation>
    </message>
    <message>
        <source>the running NFS Navigator gave an unexpected answer: %1</source>
        <translation>das laufende NFS Navigator gab eine unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 for links opened later: %2</source>
        <translation>kann auf %1 nicht auf später geöffnete Links warten: %2</translation>
    </message>
</context>
<context>
    <name>SmallUpload</name>
    <message>
        <source>Whole small files are written on file handles over NFSv3 only</source>
        <translation>Ganze kleine Dateien werden nur über NFSv3 auf Datei-Handles geschrieben</translation>
    </message>
    <message>
        <source>The temporary name %1 is not beside %2</source>
        <translation>Der temporäre Name %1 liegt nicht neben %2</translation>
    </message>
    <message>
        <source>No file handle for %1 on %2</source>
        <translation>Kein Datei-Handle für %1 auf %2</translation>
    </message>
    <message>
        <source>Will not replace %1 on %2: it exists</source>
        <translation>%1 auf %2 wird nicht ersetzt: es existiert</translation>
    </message>
    <message>
        <source>The server %1 did not give the new file&apos;s handle</source>
        <translation>Der Server %1 hat das Handle der neuen Datei nicht geliefert</translation>
    </message>
    <message>
        <source>The server %1 did not store %2 durably</source>
        <translation>Der Server %1 hat %2 nicht dauerhaft gespeichert</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 instead of %3</source>
        <translation>Der Server hält %1 Bytes von %2 statt %3</translation>
    </message>
    <message>
        <source>The server %1 did not tell the size of %2</source>
        <translation>Der Server %1 hat die Größe von %2 nicht mitgeteilt</translation>
    </message>
</context>
<context>
    <name>SourceRemoval</name>
    <message>
        <source>Cannot read the attributes of</source>
        <translation>Kann die Attribute nicht lesen von</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Kann nicht auflisten</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kann nicht löschen</translation>
    </message>
    <message>
        <source>Kept %1: its copy %2 cannot be checked (%3)</source>
        <translation>%1 behalten: seine Kopie %2 lässt sich nicht prüfen (%3)</translation>
    </message>
    <message>
        <source>Kept %1: its copy %2 is not of the same type</source>
        <translation>%1 behalten: seine Kopie %2 ist nicht vom selben Typ</translation>
    </message>
    <message>
        <source>Kept %1: its copy %2 has %3 bytes instead of %4</source>
        <translation>%1 behalten: seine Kopie %2 hat %3 Bytes statt %4</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Show the Markdown source instead of the rendered text</source>
        <translation>Den Markdown-Quelltext statt des gerenderten Texts anzeigen</translation>
    </message>
    <message>
        <source>Find in the shown text</source>
        <translation>Im angezeigten Text suchen</translation>
    </message>
    <message>
        <source>First %1 of %2 shown</source>
        <translation>Die ersten %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1, all shown</source>
        <translation>%1, vollständig angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n long line(s) cut</source>
        <translation>
            <numerusform>%n lange Zeile gekürzt</numerusform>
            <numerusform>%n lange Zeilen gekürzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>the image is %1×%2 pixels, more than the thumbnail limit allows</source>
        <translation>das Bild hat %1×%2 Pixel, mehr als die Grenze für Vorschaubilder erlaubt</translation>
    </message>
    <message>
        <source>the image could not be decoded (%1)</source>
        <translation>das Bild konnte nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>QtPdf could not read it</source>
        <translation>QtPdf konnte sie nicht lesen</translation>
    </message>
    <message>
        <source>its first page has no size</source>
        <translation>ihre erste Seite hat keine Größe</translation>
    </message>
    <message>
        <source>QtPdf could not draw its first page</source>
        <translation>QtPdf konnte ihre erste Seite nicht zeichnen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the file is larger than the thumbnail limit</source>
        <translation>die Datei ist größer als die Grenze für Vorschaubilder</translation>
    </message>
</context>
<context>
    <name>TransferNotifier</name>
    <message>
        <source>Transfer finished</source>
        <translation>Übertragung abgeschlossen</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation>%1 liegt in %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TransferQueue</name>
    <message>
        <source>Will not replace %1: it exists</source>
        <translation>%1 wird nicht ersetzt: es existiert</translation>
    </message>
    <message>
        <source>%1 is both the source and the destination</source>
        <translation>%1 ist zugleich Quelle und Ziel</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder the copy goes to</source>
        <translation>Den Zielordner der Kopie öffnen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
</context>
<context>
    <name>TransfersPane</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>No transfers running</source>
        <translation>Keine laufenden Übertragungen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s): %1 of %2 at %3/s</source>
        <translation>
            <numerusform>%n Übertragung: %1 von %2 mit %3/s</numerusform>
            <numerusform>%n Übertragungen: %1 von %2 mit %3/s</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1:%2 left</source>
        <translation>, noch %1:%2</translation>
    </message>
    <message>
        <source>Transfers are running</source>
        <translation>Übertragungen laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) have not finished. Cancel them and close?</source>
        <translation>
            <numerusform>%n Übertragung ist nicht abgeschlossen. Abbrechen und schließen?</numerusform>
            <numerusform>%n Übertragungen sind nicht abgeschlossen. Abbrechen und schließen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeFailure</name>
    <message numerus="yes">
        <source>%n items failed: </source>
        <translation>
            <numerusform>%n Element fehlgeschlagen: </numerusform>
            <numerusform>%n Elemente fehlgeschlagen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weiteres</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeOperations</name>
    <message>
        <source>Refusing to remove the server&apos;s root folder</source>
        <translation>Der Wurzelordner des Servers wird nicht entfernt</translation>
    </message>
    <message>
        <source>Bad pattern &apos;%1&apos;: %2</source>
        <translation>Ungültiges Muster „%1“: %2</translation>
    </message>
</context>
<context>
    <name>TreeTransfer</name>
    <message>
        <source>a name cannot be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not names</source>
        <translation>„.“ und „..“ sind keine Namen</translation>
    </message>
    <message>
        <source>a local name cannot contain &quot;/&quot;</source>
        <translation>ein lokaler Name darf kein „/“ enthalten</translation>
    </message>
    <message>
        <source>a local name cannot contain a NUL byte</source>
        <translation>ein lokaler Name darf kein NUL-Byte enthalten</translation>
    </message>
    <message>
        <source>Cannot open the folder of</source>
        <translation>Fehler beim Öffnen des Ordners von</translation>
    </message>
    <message>
        <source>Cannot read the attributes of</source>
        <translation>Fehler beim Lesen der Attribute von</translation>
    </message>
    <message>
        <source>Skipped %1: not a file, folder or symbolic link</source>
        <translation>%1 übersprungen: weder Datei noch Ordner noch symbolischer Link</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Fehler beim Öffnen von</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Fehler beim Auflisten von</translation>
    </message>
    <message>
        <source>Cannot copy a folder onto %1: it is not a folder</source>
        <translation>Kann keinen Ordner auf %1 kopieren: Es ist kein Ordner</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Fehler beim Anlegen des Ordners</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Fehler beim Öffnen des Ordners</translation>
    </message>
    <message>
        <source>Skipped the entry &quot;%1&quot; of %2: %3</source>
        <translation>Eintrag „%1“ von %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>Cannot read the link</source>
        <translation>Fehler beim Lesen des Links</translation>
    </message>
    <message>
        <source>Will not replace %1: it exists</source>
        <translation>%1 wird nicht ersetzt: Es existiert</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Fehler beim Anlegen des Links</translation>
    </message>
    <message>
        <source>Will not replace</source>
        <translation>Kein Ersetzen von</translation>
    </message>
    <message>
        <source>Cannot copy a folder into itself (%1 is inside it)</source>
        <translation>Ein Ordner kann nicht in sich selbst kopiert werden (%1 liegt darin)</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Cannot &amp;Undo %1</source>
        <translation>&amp;Rückgängig nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>It replaced or merged into something that was already there.</source>
        <translation>Der Vorgang hat etwas ersetzt, das schon da war, oder ist damit zusammengeführt worden.</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>R&amp;edo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Umbenennen in „%1“</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>New Folder &quot;%1&quot;</source>
        <translation>Neuer Ordner „%1“</translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot;</source>
        <translation>„%1“ kopieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NFS Navigator</source>
        <translation>NFS Navigator</translation>
    </message>
    <message>
        <source>A file browser for NFS servers. URL is nfs://host[:port]/path?version=3|4&amp;uid=N&amp;gid=N&amp;... or @bookmark/sub/folder. While NFS Navigator runs, a later launch opens URL in a new tab of its window.</source>
        <translation>Ein Dateibrowser für NFS-Server. URL ist nfs://host[:port]/path?version=3|4&amp;uid=N&amp;gid=N&amp;... oder @lesezeichen/unter/ordner. Während NFS Navigator läuft, öffnet ein späterer Start die URL in einem neuen Tab seines Fensters.</translation>
    </message>
    <message>
        <source>Open a window of its own even when NFS Navigator runs already (it then receives no links opened later).</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn NFS Navigator bereits läuft (es erhält dann keine später geöffneten Links).</translation>
    </message>
    <message>
        <source>The place to open.</source>
        <translation>Der zu öffnende Ort.</translation>
    </message>
    <message>
        <source>one URL at most; see --help</source>
        <translation>höchstens eine URL; siehe --help</translation>
    </message>
</context>
</TS>
