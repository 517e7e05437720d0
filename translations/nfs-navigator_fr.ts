<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NFS Navigator</source>
        <translation>À propos de NFS Navigator</translation>
    </message>
    <message>
        <source>NFS Navigator icon</source>
        <translation>Icône de NFS Navigator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NFS Navigator %1&lt;/h3&gt;&lt;p&gt;A file browser and command-line tool for NFS servers.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The NFS Navigator authors.&lt;br&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Runs on Qt %2 (built with %3) and libnfs %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NFS Navigator %1&lt;/h3&gt;&lt;p&gt;Un navigateur de fichiers et un outil en ligne de commande pour serveurs NFS.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Les auteurs de NFS Navigator.&lt;br&gt;Ce programme est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). Il est fourni SANS AUCUNE GARANTIE.&lt;/p&gt;&lt;p&gt;Fonctionne avec Qt %2 (compilé avec %3) et libnfs %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArchivePreview</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>A folder or link: nothing to preview.</source>
        <translation>Un dossier ou un lien : rien à prévisualiser.</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Extraction…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n entrée</numerusform>
            <numerusform>%1 · %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see a preview.</source>
        <translation>Sélectionnez une entrée pour en voir l’aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>An archive of %n entries (open it from a folder to look inside).</source>
        <translation>
            <numerusform>Une archive de %n entrée (ouvrez-la depuis un dossier pour voir son contenu).</numerusform>
            <numerusform>Une archive de %n entrées (ouvrez-la depuis un dossier pour voir son contenu).</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF of %1 (open it from a folder to see its pages).</source>
        <translation>Un PDF de %1 (ouvrez-le depuis un dossier pour voir ses pages).</translation>
    </message>
    <message>
        <source>Audio or video (%1): extract it to play it.</source>
        <translation>Audio ou vidéo (%1) : extrayez-le pour le lire.</translation>
    </message>
    <message>
        <source>Archive entries</source>
        <translation>Entrées de l&apos;archive</translation>
    </message>
    <message>
        <source>List All</source>
        <translation>Tout lister</translation>
    </message>
    <message>
        <source>Read the whole archive for its list, past the preview limits</source>
        <translation>Lire toute l’archive pour en faire la liste, au-delà des limites d’aperçu</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>The archive took longer than %1 s to read</source>
        <translation>La lecture de l’archive a pris plus de %1 s</translation>
    </message>
    <message>
        <source>More than %1 of the archive would have to be read</source>
        <translation>Il faudrait lire plus de %1 de l’archive</translation>
    </message>
    <message>
        <source>The archive could not be read from its start: %1</source>
        <translation>L’archive n’a pas pu être lue depuis son début : %1</translation>
    </message>
    <message>
        <source>Not an archive that can be read</source>
        <translation>Ce n’est pas une archive lisible</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>L’archive est endommagée</translation>
    </message>
    <message numerus="yes">
        <source>The archive holds more than %n entries; only those are listed</source>
        <translation>
            <numerusform>L’archive contient plus de %n entrée ; seule celle-ci est listée</numerusform>
            <numerusform>L’archive contient plus de %n entrées ; seules celles-ci sont listées</numerusform>
        </translation>
    </message>
    <message>
        <source>(a name that cannot be read)</source>
        <translation>(un nom illisible)</translation>
    </message>
    <message>
        <source>The entry could not be extracted</source>
        <translation>L’entrée n’a pas pu être extraite</translation>
    </message>
    <message>
        <source>The entry is larger than the preview limit of %1 MiB</source>
        <translation>L’entrée dépasse la limite d’aperçu de %1 Mio</translation>
    </message>
    <message>
        <source>The archive has no entry %1</source>
        <translation>L’archive ne contient pas d’entrée %1</translation>
    </message>
</context>
<context>
    <name>BlockingRemoteReader</name>
    <message>
        <source>Previews only read</source>
        <translation>Les aperçus sont en lecture seule</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server did not answer in %1 s</source>
        <translation>Le serveur n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 s</source>
        <translation>Le serveur n’a rien envoyé pendant %1 s</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>default (yours)</source>
        <translation>par défaut (le vôtre)</translation>
    </message>
    <message>
        <source>Edit Bookmark</source>
        <translation>Modifier le signet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
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
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Identifiant utilisateur :</translation>
    </message>
    <message>
        <source>Group id:</source>
        <translation>Identifiant de groupe :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>A bookmark needs a name without &quot;/&quot;.</source>
        <translation>Un signet a besoin d’un nom sans « / ».</translation>
    </message>
</context>
<context>
    <name>BookmarkList</name>
    <message>
        <source>Open in New Tab</source>
        <translation>Ouvrir dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>BookmarkStore</name>
    <message>
        <source>no bookmark named &apos;%1&apos;</source>
        <translation>aucun signet nommé « %1 »</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>long format</source>
        <translation>format long</translation>
    </message>
    <message>
        <source>include names starting with .</source>
        <translation>inclure les noms commençant par .</translation>
    </message>
    <message>
        <source>list subfolders</source>
        <translation>lister les sous-dossiers</translation>
    </message>
    <message>
        <source>print URLs</source>
        <translation>afficher des URL</translation>
    </message>
    <message>
        <source>ls: missing URL</source>
        <translation>ls : URL manquante</translation>
    </message>
    <message>
        <source>stat: missing URL</source>
        <translation>stat : URL manquante</translation>
    </message>
    <message>
        <source>create parents; no error if present</source>
        <translation>créer les parents ; pas d’erreur s’il existe</translation>
    </message>
    <message>
        <source>mkdir: missing URL</source>
        <translation>mkdir : URL manquante</translation>
    </message>
    <message>
        <source>rmdir: missing URL</source>
        <translation>rmdir : URL manquante</translation>
    </message>
    <message>
        <source>remove folders and everything in them</source>
        <translation>supprimer les dossiers et tout leur contenu</translation>
    </message>
    <message>
        <source>a missing entry is no error</source>
        <translation>une entrée absente n’est pas une erreur</translation>
    </message>
    <message>
        <source>rm: missing URL</source>
        <translation>rm : URL manquante</translation>
    </message>
    <message>
        <source>Is a folder (use rm -r, or rmdir for an empty folder)</source>
        <translation>Est un dossier (utilisez rm -r, ou rmdir pour un dossier vide)</translation>
    </message>
    <message>
        <source>df: missing URL</source>
        <translation>df : URL manquante</translation>
    </message>
    <message>
        <source>exports: needs one HOST or nfs:// URL</source>
        <translation>exports : il faut un seul HOST ou une URL nfs://</translation>
    </message>
    <message>
        <source>list folders (or show files)</source>
        <translation>lister des dossiers (ou afficher des fichiers)</translation>
    </message>
    <message>
        <source>show the attributes of an entry (not following a symlink)</source>
        <translation>afficher les attributs d’une entrée (sans suivre de lien symbolique)</translation>
    </message>
    <message>
        <source>create folders (-p: with parents, no error if present)</source>
        <translation>créer des dossiers (-p : avec les parents, pas d’erreur s’ils existent)</translation>
    </message>
    <message>
        <source>remove empty folders</source>
        <translation>supprimer des dossiers vides</translation>
    </message>
    <message>
        <source>remove files (-r: folders and all in them; -f: missing is fine)</source>
        <translation>supprimer des fichiers (-r : les dossiers et tout leur contenu ; -f : une absence n’est pas une erreur)</translation>
    </message>
    <message>
        <source>size and free space of the file system</source>
        <translation>taille et espace libre du système de fichiers</translation>
    </message>
    <message>
        <source>the server&apos;s NFSv3 export list</source>
        <translation>la liste des exports NFSv3 du serveur</translation>
    </message>
    <message>
        <source>Try &apos;nfsnav --help&apos;.</source>
        <translation>Essayez &apos;nfsnav --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>bad %1 &apos;%2&apos; in the environment: must be a number</source>
        <translation>%1 « %2 » invalide dans l’environnement : doit être un nombre</translation>
    </message>
    <message>
        <source>never replace an existing file</source>
        <translation>ne jamais remplacer un fichier existant</translation>
    </message>
    <message>
        <source>copy folders with everything in them</source>
        <translation>copier les dossiers avec tout leur contenu</translation>
    </message>
    <message>
        <source>cat: missing URL</source>
        <translation>cat : URL manquante</translation>
    </message>
    <message>
        <source>get: needs a URL and a local path (or -)</source>
        <translation>get : il faut une URL et un chemin local (ou -)</translation>
    </message>
    <message>
        <source>get -r: needs a local folder, not -</source>
        <translation>get -r : il faut un dossier local, pas -</translation>
    </message>
    <message>
        <source>put: needs a local path (or -) and a URL</source>
        <translation>put : il faut un chemin local (ou -) et une URL</translation>
    </message>
    <message>
        <source>put -r: needs a local folder, not -</source>
        <translation>put -r : il faut un dossier local, pas -</translation>
    </message>
    <message>
        <source>cp: needs a source URL and a destination URL</source>
        <translation>cp : il faut une URL source et une URL de destination</translation>
    </message>
    <message>
        <source>write files to standard output</source>
        <translation>écrire des fichiers sur la sortie standard</translation>
    </message>
    <message>
        <source>download a file or, with -r, a tree (- for standard output)</source>
        <translation>télécharger un fichier ou, avec -r, une arborescence (- pour la sortie standard)</translation>
    </message>
    <message>
        <source>upload a file or, with -r, a tree (- for standard input)</source>
        <translation>envoyer un fichier ou, avec -r, une arborescence (- pour l’entrée standard)</translation>
    </message>
    <message>
        <source>copy a file or, with -r, a tree, also between servers</source>
        <translation>copier un fichier ou, avec -r, une arborescence, y compris entre serveurs</translation>
    </message>
    <message>
        <source>chmod: needs an octal MODE and at least one URL</source>
        <translation>chmod : il faut un MODE octal et au moins une URL</translation>
    </message>
    <message>
        <source>chmod: bad mode &apos;%1&apos;: write it in octal, as 644 or 2755</source>
        <translation>chmod : mode « %1 » invalide : écrivez-le en octal, comme 644 ou 2755</translation>
    </message>
    <message>
        <source>change a symlink itself</source>
        <translation>modifier le lien symbolique lui-même</translation>
    </message>
    <message>
        <source>chown: needs UID[:GID] and at least one URL</source>
        <translation>chown : il faut UID[:GID] et au moins une URL</translation>
    </message>
    <message>
        <source>chown: bad owner &apos;%1&apos;: write UID, UID:GID or :GID in numbers</source>
        <translation>chown : propriétaire « %1 » invalide : écrivez UID, UID:GID ou :GID en chiffres</translation>
    </message>
    <message>
        <source>libnfs 4.0 cannot change a symlink&apos;s owner over NFSv4; use version=3 for this</source>
        <translation>libnfs 4.0 ne peut pas changer le propriétaire d’un lien symbolique en NFSv4 ; utilisez version=3 pour cela</translation>
    </message>
    <message>
        <source>do not create missing files</source>
        <translation>ne pas créer les fichiers absents</translation>
    </message>
    <message>
        <source>touch: missing URL</source>
        <translation>touch : URL manquante</translation>
    </message>
    <message>
        <source>the new size</source>
        <translation>la nouvelle taille</translation>
    </message>
    <message>
        <source>truncate: missing -s SIZE</source>
        <translation>truncate : -s SIZE manquant</translation>
    </message>
    <message>
        <source>truncate: bad size &apos;%1&apos;: write bytes, or a number with K, M, G or T</source>
        <translation>truncate : taille « %1 » invalide : indiquez des octets, ou un nombre avec K, M, G ou T</translation>
    </message>
    <message>
        <source>truncate: missing URL</source>
        <translation>truncate : URL manquante</translation>
    </message>
    <message>
        <source>make a symbolic link holding TARGET as text</source>
        <translation>créer un lien symbolique contenant TARGET comme texte</translation>
    </message>
    <message>
        <source>replace an existing destination (not a folder)</source>
        <translation>remplacer une destination existante (pas un dossier)</translation>
    </message>
    <message>
        <source>a destination that is a symlink to a folder is a file</source>
        <translation>une destination qui est un lien symbolique vers un dossier est un fichier</translation>
    </message>
    <message>
        <source>ln: needs TARGET and a link URL</source>
        <translation>ln : il faut TARGET et une URL de lien</translation>
    </message>
    <message>
        <source>ln: the target text is empty</source>
        <translation>ln : le texte de la cible est vide</translation>
    </message>
    <message>
        <source>a hard link stays within one server and export; the URLs name different servers or options</source>
        <translation>un lien physique reste au sein d’un même serveur et export ; les URL désignent des serveurs ou des options différents</translation>
    </message>
    <message>
        <source>readlink: missing URL</source>
        <translation>readlink : URL manquante</translation>
    </message>
    <message>
        <source>only the total of each URL</source>
        <translation>seulement le total de chaque URL</translation>
    </message>
    <message>
        <source>sizes in bytes</source>
        <translation>tailles en octets</translation>
    </message>
    <message>
        <source>du: missing URL</source>
        <translation>du : URL manquante</translation>
    </message>
    <message>
        <source>find: %1 needs a PATTERN</source>
        <translation>find : %1 nécessite un PATTERN</translation>
    </message>
    <message>
        <source>find: give one -name or -iname</source>
        <translation>find : indiquez un seul -name ou -iname</translation>
    </message>
    <message>
        <source>find: unknown option &apos;%1&apos;</source>
        <translation>find : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>find: missing URL</source>
        <translation>find : URL manquante</translation>
    </message>
    <message>
        <source>find: bad pattern &apos;%1&apos;</source>
        <translation>find : motif « %1 » invalide</translation>
    </message>
    <message>
        <source>set permission bits (octal MODE)</source>
        <translation>définir les bits de permission (MODE octal)</translation>
    </message>
    <message>
        <source>set numeric owner and group (-h: a symlink itself)</source>
        <translation>définir le propriétaire et le groupe numériques (-h : le lien symbolique lui-même)</translation>
    </message>
    <message>
        <source>set times to now; create missing files (-c: don&apos;t)</source>
        <translation>mettre les dates à maintenant ; créer les fichiers absents (-c : ne pas les créer)</translation>
    </message>
    <message>
        <source>set the size of files (K, M, G, T: powers of 1024)</source>
        <translation>définir la taille des fichiers (K, M, G, T : puissances de 1024)</translation>
    </message>
    <message>
        <source>hard link to the URL TARGET; -s: symbolic link holding the text TARGET</source>
        <translation>lien physique vers l’URL TARGET ; -s : lien symbolique contenant le texte TARGET</translation>
    </message>
    <message>
        <source>print the target text of symbolic links</source>
        <translation>afficher le texte cible des liens symboliques</translation>
    </message>
    <message>
        <source>size of trees (never through a symlink)</source>
        <translation>taille des arborescences (jamais à travers un lien symbolique)</translation>
    </message>
    <message>
        <source>entries whose names match (never through a symlink)</source>
        <translation>entrées dont le nom correspond (jamais à travers un lien symbolique)</translation>
    </message>
    <message>
        <source>unsorted, printed as the server sends</source>
        <translation>non trié, affiché dans l’ordre d’envoi du serveur</translation>
    </message>
    <message>
        <source>replace an existing file (the default)</source>
        <translation>remplacer un fichier existant (par défaut)</translation>
    </message>
    <message>
        <source>keep an existing file; the copy becomes &quot;name (1).ext&quot;</source>
        <translation>conserver un fichier existant ; la copie devient « name (1).ext »</translation>
    </message>
    <message>
        <source>copy even when the target&apos;s free space looks too small</source>
        <translation>copier même si l’espace libre de la cible semble insuffisant</translation>
    </message>
    <message>
        <source>go on from a partial copy left beside the target</source>
        <translation>reprendre une copie partielle laissée à côté de la cible</translation>
    </message>
    <message>
        <source>%1: choose one of --overwrite, --skip (-n) and --rename</source>
        <translation>%1 : choisissez une seule option parmi --overwrite, --skip (-n) et --rename</translation>
    </message>
    <message>
        <source>mv: needs a source and a destination (URLs or local paths)</source>
        <translation>mv : il faut une source et une destination (URL ou chemins locaux)</translation>
    </message>
    <message>
        <source>mv: at least one side must be a URL</source>
        <translation>mv : au moins un côté doit être une URL</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>Fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>move or rename: a rename within one export, else copied, verified and the source deleted</source>
        <translation>déplacer ou renommer : un renommage dans un même export, sinon copié, vérifié puis la source supprimée</translation>
    </message>
    <message>
        <source>interrupted; what was under way was cancelled</source>
        <translation>interrompu ; ce qui était en cours a été annulé</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>le nouveau nom est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a new name: &apos;.&apos; and &apos;..&apos; are not names (to put something into a folder, give the folder&apos;s URL)</source>
        <translation>« %1 » ne peut pas être un nouveau nom : « . » et « .. » ne sont pas des noms (pour mettre quelque chose dans un dossier, donnez l&apos;URL du dossier)</translation>
    </message>
    <message>
        <source>the new name is %1 bytes long; a name holds at most %2</source>
        <translation>le nouveau nom fait %1 octets ; un nom en contient au plus %2</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>impossible d&apos;écrire la sortie : %1</translation>
    </message>
    <message>
        <source>Usage: nfsnav %1

%2
</source>
        <translation>Usage : nfsnav %1

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
        <translation>Usage : nfsnav [-v] COMMAND [OPTIONS] ARGS...

Parcourir et gérer des fichiers sur des serveurs NFS.

Commandes :
%1
Options :
  -v, --verbose    journaliser ce que fait l’outil (sur stderr)
  -h, --help       cette aide ; « nfsnav help COMMAND » ou « nfsnav COMMAND --help »
                   donne les options propres à une commande
  --version        la version

URL : nfs://host[:port]/export/path?version=3|4&amp;uid=N&amp;gid=N&amp;nfsport=N&amp;mountport=N
      &amp;timeout=SECONDS&amp;autoreconnect=N&amp;readahead=BYTES&amp;dircache=0|1
      &amp;auto-traverse-mounts=0|1&amp;tcp-syncnt=N
Écrivez les caractères spéciaux des noms sous la forme %XX (une espace s’écrit %20, « # » s’écrit %23).
@NAME/sub/path désigne l’URL du signet NAME (tel que conservé par la fenêtre).
NFSNAV_UID, NFSNAV_GID et NFSNAV_VERSION dans l’environnement s’appliquent à toute URL
qui ne définit pas elle-même uid, gid ou version.

Les noms venant du serveur sont affichés échappés : \n, \t, \e, \\ et \xNN pour les octets
qui ne sont pas de l’UTF-8 valide ; `ls --url` affiche des URL qui désignent les octets exacts.

Code de sortie : 0 succès, 1 échec, 2 mauvaise utilisation, 130 interrompu (Ctrl+C),
143 terminé (SIGTERM), 129 raccroché (SIGHUP) ; une copie interrompue supprime d’abord
son fichier temporaire.
</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>Options:
  -name PATTERN   names that match PATTERN (* ? [...] as in a shell)
  -iname PATTERN  the same, whatever the case of letters
  --url           print URLs instead of paths
  --help          show this help
</source>
        <translation>Options :
  -name MOTIF     les noms qui correspondent à MOTIF (* ? [...] comme dans un shell)
  -iname MOTIF    de même, sans tenir compte de la casse
  --url           afficher des URL au lieu de chemins
  --help          afficher cette aide
</translation>
    </message>
    <message>
        <source>not writing through a symbolic link that leads nowhere (%1)</source>
        <translation>pas d’écriture à travers un lien symbolique qui ne mène nulle part (%1)</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>not writing through a symbolic link that cannot be followed (%1)</source>
        <translation>pas d’écriture à travers un lien symbolique qui ne peut être suivi (%1)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modifié le %2</translation>
    </message>
    <message>
        <source>&amp;Apply to all in this transfer</source>
        <translation>&amp;Appliquer à tout ce transfert</translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>%1 already exists. What should happen to it?</source>
        <translation>%1 existe déjà. Que faut-il en faire ?</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Fichier existant :</translation>
    </message>
    <message>
        <source>Copy from %1:</source>
        <translation>Copie de %1 :</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>default (yours)</source>
        <translation>par défaut (le vôtre)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;List exports</source>
        <translation>&amp;Lister les exports</translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation>&amp;Exports :</translation>
    </message>
    <message>
        <source>/export/folder</source>
        <translation>/export/dossier</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
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
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant &amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>Identifiant de &amp;groupe :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>ask the portmapper</source>
        <translation>demander au portmapper</translation>
    </message>
    <message>
        <source>NFS port:</source>
        <translation>Port NFS :</translation>
    </message>
    <message>
        <source>MOUNT port:</source>
        <translation>Port MOUNT :</translation>
    </message>
    <message>
        <source>Asking %1 for its exports…</source>
        <translation>Demande de ses exports à %1…</translation>
    </message>
    <message>
        <source>The server exports nothing to this machine.</source>
        <translation>Le serveur n’exporte rien vers cette machine.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s). Pick one, or type a path.</source>
        <translation>
            <numerusform>%n export. Choisissez-le, ou saisissez un chemin.</numerusform>
            <numerusform>%n exports. Choisissez-en un, ou saisissez un chemin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
</context>
<context>
    <name>Copier</name>
    <message>
        <source>%1 (a partial copy was left as %2)</source>
        <translation>%1 (une copie partielle a été laissée sous le nom %2)</translation>
    </message>
    <message>
        <source>Not enough space for %1: needs %2, %3 free on %4 (--force tries anyway)</source>
        <translation>Pas assez d’espace pour %1 : %2 nécessaires, %3 libres sur %4 (--force essaie quand même)</translation>
    </message>
    <message>
        <source>Cannot go on reading %1</source>
        <translation>Impossible de poursuivre la lecture de %1</translation>
    </message>
    <message>
        <source>No target given</source>
        <translation>Aucune cible indiquée</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>%1 changed while it was copied (%2 bytes expected, %3 read)</source>
        <translation>%1 a changé pendant la copie (%2 octets attendus, %3 lus)</translation>
    </message>
    <message>
        <source>Skipped %1: it exists</source>
        <translation>%1 ignoré : il existe</translation>
    </message>
</context>
<context>
    <name>CopySource</name>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source>Cannot read the attributes of</source>
        <translation>Impossible de lire les attributs de</translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>Impossible de copier</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>une FIFO</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>un élément de type inconnu</translation>
    </message>
    <message>
        <source>Cannot copy %1: it is %2, not a regular file</source>
        <translation>Impossible de copier %1 : c’est %2 et non un fichier ordinaire</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Aucune source indiquée</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Impossible de lire</translation>
    </message>
    <message>
        <source>Cannot read %1 as a file: it is a folder</source>
        <translation>Impossible de lire %1 comme un fichier : c’est un dossier</translation>
    </message>
</context>
<context>
    <name>CutFollower</name>
    <message>
        <source>&quot;%1&quot; was moved to another program. Remove it from the server too?</source>
        <translation>« %1 » a été déplacé vers un autre programme. Le supprimer aussi du serveur ?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cut here were moved to another program. Remove them from the server too?</source>
        <translation>
            <numerusform>%n élément coupé ici a été déplacé vers un autre programme. Le supprimer aussi du serveur ?</numerusform>
            <numerusform>%n éléments coupés ici ont été déplacés vers un autre programme. Les supprimer aussi du serveur ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Server</source>
        <translation>Supprimer du serveur</translation>
    </message>
</context>
<context>
    <name>DropTarget</name>
    <message>
        <source>&amp;Copy Here</source>
        <translation>&amp;Copier ici</translation>
    </message>
    <message>
        <source>&amp;Move Here</source>
        <translation>&amp;Déplacer ici</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cannot move the folder &quot;%1&quot; into itself.</source>
        <translation>Impossible de déplacer le dossier « %1 » dans lui-même.</translation>
    </message>
    <message>
        <source>Cannot copy the folder &quot;%1&quot; into itself.</source>
        <translation>Impossible de copier le dossier « %1 » dans lui-même.</translation>
    </message>
    <message>
        <source>%1 (copy)%2</source>
        <translation>%1 (copie)%2</translation>
    </message>
    <message>
        <source>%1 (copy %2)%3</source>
        <translation>%1 (copie %2)%3</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ExportQuery</name>
    <message>
        <source>Cannot create an RPC context</source>
        <translation>Impossible de créer un contexte RPC</translation>
    </message>
</context>
<context>
    <name>FileClipboard</name>
    <message>
        <source>Select one or more files or folders to cut.</source>
        <translation>Sélectionnez un ou plusieurs fichiers ou dossiers à couper.</translation>
    </message>
    <message>
        <source>Select one or more files or folders to copy.</source>
        <translation>Sélectionnez un ou plusieurs fichiers ou dossiers à copier.</translation>
    </message>
    <message>
        <source>The clipboard holds no files to paste.</source>
        <translation>Le presse-papiers ne contient aucun fichier à coller.</translation>
    </message>
    <message>
        <source>Uploaded &quot;%1&quot;, but could not remove it here.</source>
        <translation>« %1 » a été envoyé, mais n’a pas pu être supprimé ici.</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Could not make the cache folder for &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier de cache pour « %1 ».</translation>
    </message>
    <message>
        <source>Upload the Changes?</source>
        <translation>Envoyer les modifications ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved in another application. Upload it back to the server?</source>
        <translation>« %1 » a été enregistré dans une autre application. Le renvoyer sur le serveur ?</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Changed on the Server</source>
        <translation>Modifié sur le serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was also changed on the server since it was opened. Keep both, uploading your copy under a new name?</source>
        <translation>« %1 » a aussi été modifié sur le serveur depuis son ouverture. Garder les deux, en envoyant votre copie sous un nouveau nom ?</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>%1 could not be started to open &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas pu être lancé pour ouvrir « %2 ».</translation>
    </message>
    <message>
        <source>No application is set to open &quot;%1&quot; (%2). Choose one with Open With….</source>
        <translation>Aucune application n&apos;est définie pour ouvrir « %1 » (%2). Choisissez-en une avec Ouvrir avec….</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>*.txt, report-??.pdf, notes</source>
        <translation>*.txt, rapport-??.pdf, notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Searches %1 and everything below it.</source>
        <translation>Recherche dans %1 et tout ce qu’il contient.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern.</source>
        <translation>« %1 » n’est pas un motif valide.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n found</source>
        <translation>
            <numerusform>Recherche… %n trouvé</numerusform>
            <numerusform>Recherche… %n trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n found</source>
        <translation>
            <numerusform>Arrêté : %n trouvé</numerusform>
            <numerusform>Arrêté : %n trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found. %1</source>
        <translation>
            <numerusform>%n trouvé. %1</numerusform>
            <numerusform>%n trouvés. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
</context>
<context>
    <name>FolderOperations</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier :</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Remplacer ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it with the renamed item?</source>
        <translation>« %1 » existe déjà. Le remplacer par l’élément renommé ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 from the server? Folders are deleted with everything in them. A delete on an NFS server cannot be undone: there is no trash.</source>
        <translation>Supprimer %1 du serveur ? Les dossiers sont supprimés avec tout leur contenu. Une suppression sur un serveur NFS ne peut pas être annulée : il n’y a pas de corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>Suppression de %n élément…</numerusform>
            <numerusform>Suppression de %n éléments…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more files or folders to download.</source>
        <translation>Sélectionnez un ou plusieurs fichiers ou dossiers à télécharger.</translation>
    </message>
    <message>
        <source>Download to</source>
        <translation>Télécharger vers</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Envoyer un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s)…</source>
        <translation>
            <numerusform>Téléchargement de %n élément…</numerusform>
            <numerusform>Téléchargement de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s)…</source>
        <translation>
            <numerusform>Envoi de %n élément…</numerusform>
            <numerusform>Envoi de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading… %n item(s) copied</source>
        <translation>
            <numerusform>Téléchargement… %n élément copié</numerusform>
            <numerusform>Téléchargement… %n éléments copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading… %n item(s) copied</source>
        <translation>
            <numerusform>Envoi… %n élément copié</numerusform>
            <numerusform>Envoi… %n éléments copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 from the server? A delete on an NFS server cannot be undone: there is no trash.</source>
        <translation>Supprimer %1 du serveur ? Une suppression sur un serveur NFS ne peut pas être annulée : il n&apos;y a pas de corbeille.</translation>
    </message>
</context>
<context>
    <name>FolderView</name>
    <message>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <source>Part of a name, or a pattern like *.txt</source>
        <translation>Une partie d’un nom, ou un motif comme *.txt</translation>
    </message>
    <message>
        <source>Close the filter bar</source>
        <translation>Fermer la barre de filtre</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <source>The server does not let you change this folder (a read-only export, or no write permission)</source>
        <translation>Le serveur ne vous permet pas de modifier ce dossier (un export en lecture seule, ou pas de droit d’écriture)</translation>
    </message>
    <message>
        <source>Folders: %1, files: %2 (%3)</source>
        <translation>Dossiers : %1, fichiers : %2 (%3)</translation>
    </message>
    <message>
        <source>Selected: %1 (%2)</source>
        <translation>Sélection : %1 (%2)</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation>« %1 » ne peut pas servir de nom.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot;.</source>
        <translation>Un nom ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <source>A name cannot contain a NUL character.</source>
        <translation>Un nom ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>The name is too long: %1 bytes, at most %2.</source>
        <translation>Le nom est trop long : %1 octets, au plus %2.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) for the drop: drag again when they are ready</source>
        <translation>
            <numerusform>Préparation de %n fichier(s) pour le dépôt : faites glisser à nouveau lorsqu’ils sont prêts</numerusform>
            <numerusform>Préparation de %n fichier(s) pour le dépôt : faites glisser à nouveau lorsqu’ils sont prêts</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Files, in details</source>
        <translation>Fichiers, en détails</translation>
    </message>
    <message>
        <source>Files, as icons</source>
        <translation>Fichiers, en icônes</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>%1 was removed on the server; showing %2, the nearest folder above it.</source>
        <translation>%1 a été supprimé sur le serveur ; affichage de %2, le dossier le plus proche au-dessus.</translation>
    </message>
    <message>
        <source>%1 cannot be undone: something was already there, which it replaced or merged into.</source>
        <translation>Annulation impossible (%1) : quelque chose s’y trouvait déjà, qui a été remplacé ou fusionné.</translation>
    </message>
    <message>
        <source>Nothing here matches the filter &quot;%1&quot;</source>
        <translation>Rien ici ne correspond au filtre « %1 »</translation>
    </message>
    <message>
        <source>%1, shown by the filter &quot;%2&quot;</source>
        <translation>%1, affichés par le filtre « %2 »</translation>
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
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image to the pane</source>
        <translation>Ajuster l’image au panneau</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Pivoter</translation>
    </message>
    <message>
        <source>Turn a quarter clockwise</source>
        <translation>Tourner d’un quart de tour dans le sens horaire</translation>
    </message>
    <message>
        <source>%1 image, %2×%3 pixels</source>
        <translation>Image %1, %2×%3 pixels</translation>
    </message>
</context>
<context>
    <name>ListingStream</name>
    <message>
        <source>No file handle for %1 on %2</source>
        <translation>Aucun descripteur de fichier pour %1 sur %2</translation>
    </message>
    <message>
        <source>The server %1 sent the listing of %2 from the same place twice (cookie %3); the listing stops there</source>
        <translation>Le serveur %1 a envoyé deux fois le listage de %2 depuis la même position (cookie %3) ; le listage s’arrête là</translation>
    </message>
    <message>
        <source>The server %1 answered the listing of %2 without its entries</source>
        <translation>Le serveur %1 a répondu au listage de %2 sans ses entrées</translation>
    </message>
</context>
<context>
    <name>LocalPane</name>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>A folder on this computer</source>
        <translation>Un dossier de cet ordinateur</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>Fichiers sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>Cannot open the folder</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Impossible de remplacer</translation>
    </message>
    <message>
        <source>Will not replace</source>
        <translation>Refus de remplacer</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in</source>
        <translation>Impossible de créer un fichier temporaire dans</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Impossible d’écrire</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>Impossible de vider le tampon de</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Impossible de vérifier</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes instead of %3</source>
        <translation>%1 contient %2 octets au lieu de %3</translation>
    </message>
    <message>
        <source>Cannot rename into place</source>
        <translation>Impossible de mettre en place par renommage</translation>
    </message>
</context>
<context>
    <name>LocationBar</name>
    <message>
        <source>Click here or press Ctrl+L to type a location</source>
        <translation>Cliquez ici ou appuyez sur Ctrl+L pour saisir un emplacement</translation>
    </message>
    <message>
        <source>nfs://server/export/folder</source>
        <translation>nfs://serveur/export/dossier</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>A path needs a server: type nfs://server%1, or open a server first</source>
        <translation>Un chemin a besoin d’un serveur : saisissez nfs://serveur%1 ou ouvrez d’abord un serveur</translation>
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
        <translation>Signets</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Dossier pa&amp;rent</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Nouvel &amp;onglet</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Disconnect and Forget Server</source>
        <translation>&amp;Déconnecter et oublier le serveur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>&amp;Icônes</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Files</source>
        <translation>Afficher les fichiers &amp;cachés</translation>
    </message>
    <message>
        <source>Edit &amp;Location</source>
        <translation>Modifier l’&amp;emplacement</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Down&amp;load…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>U&amp;pload…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Upload &amp;Folder…</source>
        <translation>Envoyer un dossie&amp;r…</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark</source>
        <translation>&amp;Ajouter un signet</translation>
    </message>
    <message>
        <source>&amp;About NFS Navigator</source>
        <translation>&amp;À propos de NFS Navigator</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <source>Type a location (Ctrl+L), pick a bookmark, or connect to a server.</source>
        <translation>Saisissez un emplacement (Ctrl+L), choisissez un signet ou connectez-vous à un serveur.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>%1 — NFS Navigator</source>
        <translation>%1 — NFS Navigator</translation>
    </message>
    <message>
        <source>Listing… %1</source>
        <translation>Liste en cours… %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>%1 is not answering</source>
        <translation>%1 ne répond pas</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Connexion à %1 perdue</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>Ouvrir dans un nouvel &amp;onglet</translation>
    </message>
    <message>
        <source>Could not add a bookmark named &quot;%1&quot;.</source>
        <translation>Impossible d’ajouter un signet nommé « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>Open &amp;With…</source>
        <translation>Ouvrir a&amp;vec…</translation>
    </message>
    <message>
        <source>S&amp;plit View</source>
        <translation>Vue &amp;scindée</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Copy &amp;Location</source>
        <translation>Copier l’&amp;emplacement</translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation>Impossible de joindre %1</translation>
    </message>
    <message>
        <source>This place is already bookmarked as &quot;%1&quot;.</source>
        <translation>Cet emplacement a déjà un signet nommé « %1 ».</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
</context>
<context>
    <name>MediaPlayerHost</name>
    <message>
        <source>the file could not be opened: %1</source>
        <translation>le fichier n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>no media backend is available (GStreamer with gstreamer1.0-plugins-base, -good and -libav)</source>
        <translation>aucun moteur multimédia n’est disponible (GStreamer avec gstreamer1.0-plugins-base, -good et -libav)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the media could not be played: %1</source>
        <translation>le média n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>the format is not supported</source>
        <translation>le format n’est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
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
        <translation>%1 n’exporte rien qui contienne %2 ; ses exports sont : %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Cannot mount %1</source>
        <translation>Impossible de monter %1</translation>
    </message>
</context>
<context>
    <name>NfsError</name>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>mounting</source>
        <translation>montage</translation>
    </message>
    <message>
        <source>listing exports</source>
        <translation>liste des exports</translation>
    </message>
    <message>
        <source>reading attributes</source>
        <translation>lecture des attributs</translation>
    </message>
    <message>
        <source>listing a folder</source>
        <translation>liste d’un dossier</translation>
    </message>
    <message>
        <source>creating a folder</source>
        <translation>création d’un dossier</translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation>suppression d’un dossier</translation>
    </message>
    <message>
        <source>removing a file</source>
        <translation>suppression d’un fichier</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>renommage</translation>
    </message>
    <message>
        <source>reading free space</source>
        <translation>lecture de l’espace libre</translation>
    </message>
    <message>
        <source>opening a file</source>
        <translation>ouverture d’un fichier</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>closing a file</source>
        <translation>fermeture d’un fichier</translation>
    </message>
    <message>
        <source>changing permissions</source>
        <translation>modification des permissions</translation>
    </message>
    <message>
        <source>changing the owner</source>
        <translation>changement de propriétaire</translation>
    </message>
    <message>
        <source>changing times</source>
        <translation>modification des dates</translation>
    </message>
    <message>
        <source>creating a symbolic link</source>
        <translation>création d’un lien symbolique</translation>
    </message>
    <message>
        <source>reading a symbolic link</source>
        <translation>lecture d’un lien symbolique</translation>
    </message>
    <message>
        <source>creating a hard link</source>
        <translation>création d’un lien physique</translation>
    </message>
    <message>
        <source>truncating</source>
        <translation>troncature</translation>
    </message>
    <message>
        <source>working</source>
        <translation>traitement</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>Fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Existe déjà</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Dossier non vide</translation>
    </message>
    <message>
        <source>Not a folder</source>
        <translation>N’est pas un dossier</translation>
    </message>
    <message>
        <source>Is a folder</source>
        <translation>Est un dossier</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>No space left on the server</source>
        <translation>Plus d’espace libre sur le serveur</translation>
    </message>
    <message>
        <source>Name too long</source>
        <translation>Nom trop long</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argument invalide</translation>
    </message>
    <message>
        <source>Cannot move across file systems</source>
        <translation>Impossible de déplacer d’un système de fichiers à un autre</translation>
    </message>
    <message>
        <source>Stale file handle (the file was removed or the server restarted)</source>
        <translation>Descripteur de fichier périmé (le fichier a été supprimé ou le serveur redémarré)</translation>
    </message>
    <message>
        <source>Input/output error on the server</source>
        <translation>Erreur d’entrée/sortie sur le serveur</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Le serveur n’a pas répondu</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Not supported by the server</source>
        <translation>Non pris en charge par le serveur</translation>
    </message>
    <message>
        <source>The server refused the mount</source>
        <translation>Le serveur a refusé le montage</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>URL invalide</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Server %1 did not answer in %2 s (%3)</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s (%3)</translation>
    </message>
    <message>
        <source>Server %1 did not answer in %2 s (%3 %4)</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s (%3 %4)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 refused the request (%2 %3): it accepts only clients on a privileged source port (below 1024), which a normal user&apos;s programs do not get. Either allow other ports on the server with the export&apos;s &apos;insecure&apos; option, or let these programs use privileged ports: sudo setcap cap_net_bind_service=+ep %4 %5</source>
        <translation>%1 a refusé la requête (%2 %3) : il n’accepte que les clients utilisant un port source privilégié (inférieur à 1024), que les programmes d’un utilisateur ordinaire n’obtiennent pas. Autorisez les autres ports sur le serveur avec l’option &apos;insecure&apos; de l’export, ou laissez ces programmes utiliser des ports privilégiés : sudo setcap cap_net_bind_service=+ep %4 %5</translation>
    </message>
    <message>
        <source>%1 refused the request (%2 %3): the server did not accept this client&apos;s credentials (uid and gid in the URL) or its security flavour (only AUTH_SYS is supported)</source>
        <translation>%1 a refusé la requête (%2 %3) : le serveur n’a pas accepté les identifiants de ce client (uid et gid dans l’URL) ou sa méthode de sécurité (seul AUTH_SYS est pris en charge)</translation>
    </message>
    <message>
        <source>%1 does not offer the NFS service this needs (%2): %3. If it serves only NFSv4, add ?version=4 to the URL</source>
        <translation>%1 n’offre pas le service NFS nécessaire (%2) : %3. S’il ne sert que NFSv4, ajoutez ?version=4 à l’URL</translation>
    </message>
    <message>
        <source>Connection refused by %1 (%2): no NFS service is listening there</source>
        <translation>Connexion refusée par %1 (%2) : aucun service NFS n’y écoute</translation>
    </message>
    <message>
        <source>The portmapper on %1 did not answer (%2); if the server has none, give nfsport= and mountport= in the URL</source>
        <translation>Le portmapper de %1 n’a pas répondu (%2) ; si le serveur n’en a pas, indiquez nfsport= et mountport= dans l’URL</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2): %3</source>
        <translation>Impossible de joindre %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 refused to mount %2: permission denied. Usually the export does not allow this client: it may need the &apos;insecure&apos; option (this program connects from an unprivileged port), or access for another uid/gid (uid= and gid= in the URL)</source>
        <translation>%1 a refusé de monter %2 : permission refusée. En général l’export n’autorise pas ce client : il lui faut peut-être l’option &apos;insecure&apos; (ce programme se connecte depuis un port non privilégié), ou un accès pour un autre uid/gid (uid= et gid= dans l’URL)</translation>
    </message>
    <message>
        <source>%1 has no export %2</source>
        <translation>%1 n’a pas d’export %2</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4)</source>
        <translation>%1 : %2 sur %3 (%4)</translation>
    </message>
    <message>
        <source>Disk quota exceeded on %1: %2 (%3)</source>
        <translation>Quota disque dépassé sur %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is busy with %2 and asked to be asked again later (%3); try again in a while</source>
        <translation>%1 est occupé avec %2 et demande de réessayer plus tard (%3) ; réessayez dans un moment</translation>
    </message>
    <message>
        <source>%1 did not deliver the data of %2 (%3): it refused the READ or sent a reply that could not be read</source>
        <translation>%1 n&apos;a pas livré les données de %2 (%3) : le serveur a refusé le READ ou envoyé une réponse illisible</translation>
    </message>
    <message>
        <source>%1 sent a reply that could not be read for %2 (%3): it does not follow the NFS protocol</source>
        <translation>%1 a envoyé pour %2 une réponse illisible (%3) : elle ne suit pas le protocole NFS</translation>
    </message>
    <message>
        <source>%1, acting as uid %2 and gid %3 (uid= and gid= in the URL choose another identity)</source>
        <translation>%1, en tant qu&apos;uid %2 et gid %3 (uid= et gid= dans l&apos;URL choisissent une autre identité)</translation>
    </message>
    <message>
        <source>%1 is in its grace period after a restart and refused %2 (%3): for up to 90 s it lets clients reclaim their files first; try again when it is over</source>
        <translation>%1 est dans sa période de grâce après un redémarrage et a refusé %2 (%3) : pendant jusqu&apos;à 90 s, il laisse d&apos;abord les clients récupérer leurs fichiers ; réessayez ensuite</translation>
    </message>
    <message>
        <source>The session was closed</source>
        <translation>La session a été fermée</translation>
    </message>
    <message>
        <source>Server %1 did not answer (%2): no connection could be made</source>
        <translation>Le serveur %1 n&apos;a pas répondu (%2) : aucune connexion n&apos;a pu être établie</translation>
    </message>
    <message>
        <source>Only a file can be truncated</source>
        <translation>Seul un fichier peut être tronqué</translation>
    </message>
    <message>
        <source>A hard link can only be made to a file</source>
        <translation>Un lien physique ne peut désigner qu’un fichier</translation>
    </message>
    <message>
        <source>Not a symbolic link</source>
        <translation>Pas un lien symbolique</translation>
    </message>
    <message>
        <source>Refused as invalid (a folder cannot go into itself or into a folder inside it)</source>
        <translation>Refusé comme invalide (un dossier ne peut aller ni en lui-même ni dans l’un de ses sous-dossiers)</translation>
    </message>
</context>
<context>
    <name>NfsUrl</name>
    <message>
        <source>empty URL</source>
        <translation>URL vide</translation>
    </message>
    <message>
        <source>invalid control character %1 in the URL (position %2)</source>
        <translation>caractère de contrôle %1 invalide dans l’URL (position %2)</translation>
    </message>
    <message>
        <source>the URL has a fragment (&apos;#&apos; at position %1), which nfs:// URLs do not use; write a &apos;#&apos; in a name as %2</source>
        <translation>l’URL contient un fragment (&apos;#&apos; à la position %1), ce que les URL nfs:// n’utilisent pas ; écrivez un &apos;#&apos; dans un nom sous la forme %2</translation>
    </message>
    <message>
        <source>invalid character &apos;%&apos; in the URL (position %1): it must start an escape such as %2; write a &apos;%&apos; itself as %3</source>
        <translation>caractère &apos;%&apos; invalide dans l’URL (position %1) : il doit commencer un échappement comme %2 ; écrivez un &apos;%&apos; lui-même sous la forme %3</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in the URL (position %2); write it as %3</source>
        <translation>caractère &apos;%1&apos; invalide dans l’URL (position %2) ; écrivez-le sous la forme %3</translation>
    </message>
    <message>
        <source>invalid character %1 in the URL (position %2): a lone UTF-16 surrogate</source>
        <translation>caractère %1 invalide dans l’URL (position %2) : un demi-codet UTF-16 isolé</translation>
    </message>
    <message>
        <source>invisible character %1 in the URL (position %2); if it belongs there, write it as %3</source>
        <translation>caractère invisible %1 dans l’URL (position %2) ; s’il doit y être, écrivez-le sous la forme %3</translation>
    </message>
    <message>
        <source>bad host name &apos;%1&apos;: %2</source>
        <translation>nom d’hôte « %1 » invalide : %2</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>plus de 253 caractères</translation>
    </message>
    <message>
        <source>empty part between dots</source>
        <translation>partie vide entre deux points</translation>
    </message>
    <message>
        <source>a part is longer than 63 characters</source>
        <translation>une partie dépasse 63 caractères</translation>
    </message>
    <message>
        <source>it may hold only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>il ne peut contenir que des lettres, des chiffres, &apos;-&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>a part may not begin or end with &apos;-&apos;</source>
        <translation>une partie ne peut ni commencer ni finir par &apos;-&apos;</translation>
    </message>
    <message>
        <source>bad IPv4 address &apos;%1&apos;</source>
        <translation>adresse IPv4 « %1 » invalide</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; contains a NUL byte, which no NFS name can hold</source>
        <translation>le chemin « %1 » contient un octet NUL, qu’aucun nom NFS ne peut contenir</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; goes above the root with &apos;..&apos;</source>
        <translation>le chemin « %1 » remonte au-dessus de la racine avec &apos;..&apos;</translation>
    </message>
    <message>
        <source>not an nfs:// URL: it must start with nfs://</source>
        <translation>pas une URL nfs:// : elle doit commencer par nfs://</translation>
    </message>
    <message>
        <source>user names are not supported in nfs:// URLs (&apos;%1@&apos;); use uid= and gid= instead</source>
        <translation>les noms d’utilisateur ne sont pas pris en charge dans les URL nfs:// (« %1@ ») ; utilisez uid= et gid= à la place</translation>
    </message>
    <message>
        <source>bad IPv6 address &apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>adresse IPv6 « %1 » invalide : &apos;]&apos; manquant</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the IPv6 address; write a port as [address]:port</source>
        <translation>&apos;%1&apos; inattendu après l’adresse IPv6 ; écrivez un port sous la forme [adresse]:port</translation>
    </message>
    <message>
        <source>an IPv6 address must be in brackets, as in nfs://[%1]/</source>
        <translation>une adresse IPv6 doit être entre crochets, comme dans nfs://[%1]/</translation>
    </message>
    <message>
        <source>missing host: write nfs://server/path</source>
        <translation>hôte manquant : écrivez nfs://serveur/chemin</translation>
    </message>
    <message>
        <source>bad port %1: must be a number from 1 to 65535</source>
        <translation>port %1 invalide : doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>bad IPv6 address &apos;%1&apos;</source>
        <translation>adresse IPv6 « %1 » invalide</translation>
    </message>
    <message>
        <source>bad host name &apos;%1&apos;: it may hold only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>nom d’hôte « %1 » invalide : il ne peut contenir que des lettres, des chiffres, &apos;-&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>URL invalide : %1</translation>
    </message>
    <message>
        <source>bad IPv6 zone in &apos;%1&apos;: use an interface name such as %2</source>
        <translation>zone IPv6 invalide dans « %1 » : utilisez un nom d’interface comme %2</translation>
    </message>
    <message>
        <source>a name in the path contains %1, an encoded &apos;/&apos;, which no NFS name can hold</source>
        <translation>un nom du chemin contient %1, un &apos;/&apos; encodé, qu’aucun nom NFS ne peut contenir</translation>
    </message>
    <message>
        <source>the path contains %1, a NUL byte, which no NFS name can hold</source>
        <translation>le chemin contient %1, un octet NUL, qu’aucun nom NFS ne peut contenir</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>argument inconnu « %1 »</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; is given twice</source>
        <translation>l’argument « %1 » est donné deux fois</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; has no value: write %1=VALUE</source>
        <translation>l’argument « %1 » n’a pas de valeur : écrivez %1=VALEUR</translation>
    </message>
    <message>
        <source>bad version &apos;%1&apos;: must be 3 or 4</source>
        <translation>version « %1 » invalide : doit être 3 ou 4</translation>
    </message>
    <message>
        <source>bad uid &apos;%1&apos;: must be a number from 0 to %2</source>
        <translation>uid « %1 » invalide : doit être un nombre de 0 à %2</translation>
    </message>
    <message>
        <source>bad gid &apos;%1&apos;: must be a number from 0 to %2</source>
        <translation>gid « %1 » invalide : doit être un nombre de 0 à %2</translation>
    </message>
    <message>
        <source>bad nfsport &apos;%1&apos;: must be a port number from 1 to 65535</source>
        <translation>nfsport « %1 » invalide : doit être un numéro de port de 1 à 65535</translation>
    </message>
    <message>
        <source>bad mountport &apos;%1&apos;: must be a port number from 1 to 65535</source>
        <translation>mountport « %1 » invalide : doit être un numéro de port de 1 à 65535</translation>
    </message>
    <message>
        <source>bad timeout &apos;%1&apos;: must be a number of seconds from 1 to 3600</source>
        <translation>timeout « %1 » invalide : doit être un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>bad autoreconnect &apos;%1&apos;: must be a number of attempts from 0 to 100</source>
        <translation>autoreconnect « %1 » invalide : doit être un nombre de tentatives de 0 à 100</translation>
    </message>
    <message>
        <source>bad readahead &apos;%1&apos;: must be a number of bytes from 0 to %2</source>
        <translation>readahead « %1 » invalide : doit être un nombre d’octets de 0 à %2</translation>
    </message>
    <message>
        <source>bad dircache &apos;%1&apos;: must be 0 or 1</source>
        <translation>dircache « %1 » invalide : doit être 0 ou 1</translation>
    </message>
    <message>
        <source>bad auto-traverse-mounts &apos;%1&apos;: must be 0 or 1</source>
        <translation>auto-traverse-mounts « %1 » invalide : doit être 0 ou 1</translation>
    </message>
    <message>
        <source>bad tcp-syncnt &apos;%1&apos;: must be a number from 1 to 255</source>
        <translation>tcp-syncnt « %1 » invalide : doit être un nombre de 1 à 255</translation>
    </message>
    <message>
        <source>conflicting NFS ports: :%1 after the host and nfsport=%2; give only one</source>
        <translation>ports NFS contradictoires : :%1 après l’hôte et nfsport=%2 ; n’en indiquez qu’un</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; is not absolute: it must start with &apos;/&apos;</source>
        <translation>le chemin « %1 » n’est pas absolu : il doit commencer par &apos;/&apos;</translation>
    </message>
    <message>
        <source>bad name: a name cannot be empty</source>
        <translation>nom invalide : un nom ne peut pas être vide</translation>
    </message>
    <message>
        <source>bad name &apos;%1&apos;: a name cannot contain &apos;/&apos;</source>
        <translation>nom « %1 » invalide : un nom ne peut pas contenir &apos;/&apos;</translation>
    </message>
    <message>
        <source>bad name &apos;%1&apos;: a name cannot contain a NUL byte</source>
        <translation>nom « %1 » invalide : un nom ne peut pas contenir d’octet NUL</translation>
    </message>
    <message>
        <source>bad name &apos;%1&apos;: &apos;.&apos; and &apos;..&apos; are not names</source>
        <translation>nom « %1 » invalide : &apos;.&apos; et &apos;..&apos; ne sont pas des noms</translation>
    </message>
</context>
<context>
    <name>OpenWithDialog</name>
    <message>
        <source>Open With</source>
        <translation>Ouvrir avec</translation>
    </message>
    <message>
        <source>No application is registered for &quot;%1&quot;.</source>
        <translation>Aucune application n’est enregistrée pour « %1 ».</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; with:</source>
        <translation>Ouvrir « %1 » avec :</translation>
    </message>
</context>
<context>
    <name>PathResolver</name>
    <message>
        <source>%1 on %2 is a symbolic link, which is not followed here</source>
        <translation>%1 sur %2 est un lien symbolique, qui n’est pas suivi ici</translation>
    </message>
    <message>
        <source>The symbolic link %1 on %2 points to %3, outside the server&apos;s tree</source>
        <translation>Le lien symbolique %1 sur %2 pointe vers %3, en dehors de l’arborescence du serveur</translation>
    </message>
    <message>
        <source>The symbolic link %1 on %2 points to %3, outside the export %4: it is not followed</source>
        <translation>Le lien symbolique %1 sur %2 pointe vers %3, en dehors de l’export %4 : il n’est pas suivi</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>the file ended early</source>
        <translation>le fichier s’est terminé prématurément</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <source>it is not a PDF QtPdf can read, or it is damaged</source>
        <translation>ce n’est pas un PDF que QtPdf sait lire, ou il est endommagé</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>its encryption is not supported</source>
        <translation>son chiffrement n’est pas pris en charge</translation>
    </message>
    <message>
        <source>QtPdf could not read it</source>
        <translation>QtPdf n’a pas pu le lire</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the page width to the pane</source>
        <translation>Ajuster la largeur de la page au panneau</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Preview Pane</source>
        <translation>Panneau d’&amp;aperçu</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewLoader</name>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <source>the file could not be opened: %1</source>
        <translation>le fichier n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the archive could not be opened: %1</source>
        <translation>l’archive n’a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>le fichier n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>the PDF is %1, more than the PDF preview limit of %2</source>
        <translation>le PDF fait %1, plus que la limite d’aperçu PDF de %2</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels; decoded it would take %3, more than the image limit of %4 MiB</source>
        <translation>l’image fait %1×%2 pixels ; décodée, elle occuperait %3, plus que la limite d’image de %4 Mio</translation>
    </message>
    <message>
        <source>Orientation: turned as the file says (EXIF)</source>
        <translation>Orientation : tournée selon les indications du fichier (EXIF)</translation>
    </message>
    <message>
        <source>the image could not be decoded (%1)</source>
        <translation>l’image n’a pas pu être décodée (%1)</translation>
    </message>
    <message>
        <source> … [line cut: %1 more characters]</source>
        <translation> … [ligne coupée : %1 caractères de plus]</translation>
    </message>
    <message>
        <source>the image is %1, more than the image preview limit of %2</source>
        <translation>l’image fait %1, plus que la limite d’aperçu des images de %2</translation>
    </message>
    <message>
        <source>the PDF is %1, more than the %2 a PDF preview ever reads into memory</source>
        <translation>le PDF fait %1, plus que les %2 qu’un aperçu PDF lit au plus en mémoire</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Symbolic link (its target is not known yet)</source>
        <translation>Lien symbolique (sa cible n’est pas encore connue)</translation>
    </message>
    <message>
        <source>Symbolic link to %1 (which does not exist)</source>
        <translation>Lien symbolique vers %1 (qui n’existe pas)</translation>
    </message>
    <message>
        <source>Symbolic link to %1</source>
        <translation>Lien symbolique vers %1</translation>
    </message>
    <message>
        <source>Named pipe (FIFO)</source>
        <translation>Tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Périphérique caractère</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Périphérique bloc</translation>
    </message>
    <message>
        <source>%1
Permissions: %2
Modified: %3
Special files are not opened for a preview.</source>
        <translation>%1
Permissions : %2
Modifié : %3
Les fichiers spéciaux ne sont pas ouverts pour un aperçu.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>there is no connection to %1</source>
        <translation>il n’y a pas de connexion à %1</translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation>la connexion à %1 a été fermée</translation>
    </message>
    <message>
        <source>Select a file to see a preview.</source>
        <translation>Sélectionnez un fichier pour en voir l’aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>Folder: %n item(s), %1</source>
        <translation>
            <numerusform>Dossier : %n élément, %1</numerusform>
            <numerusform>Dossier : %n éléments, %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (counting…)</source>
        <translation> (décompte en cours…)</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) could not be read and are not counted</source>
        <translation>
            <numerusform>%n dossier n’a pas pu être lu et n’est pas compté</numerusform>
            <numerusform>%n dossiers n’ont pas pu être lus et ne sont pas comptés</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Anyway</source>
        <translation>Afficher &amp;quand même</translation>
    </message>
    <message>
        <source>Preview it past the limit: what streams is read only as far as it is shown; a PDF is read whole into memory, %1 at most</source>
        <translation>Aperçu au-delà de la limite : ce qui se lit en flux n’est lu que jusqu’où il est affiché ; un PDF est lu entier en mémoire, %1 au plus</translation>
    </message>
</context>
<context>
    <name>PreviewViewer</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Lien symbolique</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>Périphérique bloc</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>Périphérique caractère</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>File FIFO</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>(nobody: the server squashes this user&apos;s id)</source>
        <translation>(nobody : le serveur remplace l’identifiant de cet utilisateur)</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modifié :</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Dernier accès :</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Changé :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>Inode:</source>
        <translation>Inœud :</translation>
    </message>
    <message>
        <source>Link target:</source>
        <translation>Cible du lien :</translation>
    </message>
    <message>
        <source>Changing permissions…</source>
        <translation>Modification des permissions…</translation>
    </message>
    <message>
        <source>Permissions changed.</source>
        <translation>Permissions modifiées.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>calculating…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>%1 so far…</source>
        <translation>%1 jusqu’ici…</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: counted so far)</source>
        <translation>(annulé : compté jusqu’ici)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 dans %n fichier</numerusform>
            <numerusform>%1 dans %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>RemoteFile</name>
    <message>
        <source>Invalid mode &apos;%1&apos;: use r, r+, w, w+, a or a+</source>
        <translation>Mode « %1 » invalide : utilisez r, r+, w, w+, a ou a+</translation>
    </message>
    <message>
        <source>The file is already open</source>
        <translation>Le fichier est déjà ouvert</translation>
    </message>
    <message>
        <source>Open for reading, writing or both</source>
        <translation>Ouvrir en lecture, en écriture ou les deux</translation>
    </message>
    <message>
        <source>The file is closed</source>
        <translation>Le fichier est fermé</translation>
    </message>
    <message>
        <source>The server %1 lost what was written to %2 again and again (it keeps restarting)</source>
        <translation>Le serveur %1 a perdu encore et encore ce qui a été écrit dans %2 (il redémarre sans cesse)</translation>
    </message>
</context>
<context>
    <name>RemoteFsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export NFS</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Lien cassé</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Special file (%1)</source>
        <translation>Fichier spécial (%1)</translation>
    </message>
    <message>
        <source>Owned by uid %1 (nobody): the server squashes this user&apos;s id</source>
        <translation>Appartient à l’uid %1 (nobody) : le serveur remplace l’identifiant de cet utilisateur</translation>
    </message>
    <message>
        <source>Broken link to %1</source>
        <translation>Lien cassé vers %1</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
</context>
<context>
    <name>RemoteTarget</name>
    <message>
        <source>Cannot replace %1: it is a folder</source>
        <translation>Impossible de remplacer %1 : c’est un dossier</translation>
    </message>
    <message>
        <source>Will not replace %1: it exists</source>
        <translation>%1 n’est pas remplacé : il existe</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1</source>
        <translation>Impossible de créer un fichier temporaire à côté de %1</translation>
    </message>
    <message>
        <source>No free name beside %1</source>
        <translation>Aucun nom libre à côté de %1</translation>
    </message>
    <message>
        <source>Cannot go on writing %1: %2</source>
        <translation>Impossible de poursuivre l’écriture de %1 : %2</translation>
    </message>
    <message>
        <source>No space left on the server for %1 (%2 bytes free)</source>
        <translation>Plus d’espace libre sur le serveur pour %1 (%2 octets libres)</translation>
    </message>
    <message>
        <source>The server refused to write %1 and gave no reason (out of space or over quota?)</source>
        <translation>Le serveur a refusé d’écrire %1 sans donner de raison (espace plein ou quota dépassé ?)</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 instead of %3</source>
        <translation>Le serveur contient %1 octets sur %2 au lieu de %3</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>%1 is outside the export %2 mounted from %3</source>
        <translation>%1 est en dehors de l’export %2 monté depuis %3</translation>
    </message>
    <message>
        <source>%1 no longer offers the export %2 (%3: its file handle is stale); reconnect to mount again and see what it offers now</source>
        <translation>%1 ne propose plus l&apos;export %2 (%3 : son descripteur de fichier est périmé) ; reconnectez-vous pour le monter à nouveau et voir ce qu&apos;il propose maintenant</translation>
    </message>
    <message>
        <source>%1 no longer knows %2 (%3: its file handle is stale): it was removed on the server, or the export %4 is no longer offered; reconnect to mount again</source>
        <translation>%1 ne connaît plus %2 (%3 : son descripteur de fichier est périmé) : il a été supprimé sur le serveur, ou l&apos;export %4 n&apos;est plus proposé ; reconnectez-vous pour le monter à nouveau</translation>
    </message>
</context>
<context>
    <name>SessionOperations</name>
    <message>
        <source>%1: libnfs 4.0 cannot change a symbolic link itself over NFSv4 (%2 on %3); use version=3 for this</source>
        <translation>%1 : libnfs 4.0 ne peut pas modifier un lien symbolique lui-même en NFSv4 (%2 sur %3) ; utilisez version=3 pour cela</translation>
    </message>
</context>
<context>
    <name>SessionWorker</name>
    <message>
        <source>Cannot create an NFS context</source>
        <translation>Impossible de créer un contexte NFS</translation>
    </message>
    <message>
        <source>Connection lost: %1 on %2 (%3); the open file cannot go on</source>
        <translation>Connexion perdue : %1 sur %2 (%3) ; le fichier ouvert ne peut pas continuer</translation>
    </message>
    <message>
        <source>%1 (libnfs 4.0 cannot change a folder&apos;s attributes over NFSv4; use version=3 for this)</source>
        <translation>%1 (libnfs 4.0 ne peut pas modifier les attributs d’un dossier en NFSv4 ; utilisez version=3 pour cela)</translation>
    </message>
    <message>
        <source>Cannot resolve host name &apos;%1&apos;: %2</source>
        <translation>Impossible de résoudre le nom d’hôte « %1 » : %2</translation>
    </message>
    <message>
        <source> (or %1 offers it only to clients on a privileged source port, below 1024, which a normal user&apos;s programs do not get: if it is there, either allow other ports on the server with the export&apos;s &apos;insecure&apos; option, or let these programs use privileged ports: sudo setcap cap_net_bind_service=+ep %2 %3)</source>
        <translation> (ou %1 ne le propose qu&apos;aux clients sur un port source privilégié, inférieur à 1024, que les programmes d&apos;un utilisateur normal n&apos;obtiennent pas : s&apos;il existe, autorisez d&apos;autres ports sur le serveur avec l&apos;option « insecure » de l&apos;export, ou laissez ces programmes utiliser des ports privilégiés : sudo setcap cap_net_bind_service=+ep %2 %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>not set (yours)</source>
        <translation>non défini (le vôtre)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenêtre</translation>
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
        <translation>&amp;Version NFS :</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Identifiant &amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>Identifiant de &amp;groupe :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>Used where a typed nfs:// URL does not say (version=, uid=, gid=, timeout=). Bookmarks keep their own.</source>
        <translation>Utilisé là où une URL nfs:// saisie ne le précise pas (version=, uid=, gid=, timeout=). Les signets gardent les leurs.</translation>
    </message>
    <message>
        <source>Parallel tran&amp;sfers:</source>
        <translation>Tran&amp;sferts simultanés :</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>&amp;Dropping files:</source>
        <translation>&amp;Déposer des fichiers :</translation>
    </message>
    <message>
        <source>Show t&amp;humbnails of pictures</source>
        <translation>Afficher les &amp;vignettes des images</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Te&amp;xt read at most:</source>
        <translation>Te&amp;xte lu au plus :</translation>
    </message>
    <message>
        <source>&amp;Images up to:</source>
        <translation>&amp;Images jusqu&apos;à :</translation>
    </message>
    <message>
        <source>P&amp;DF documents up to:</source>
        <translation>Documents P&amp;DF jusqu&apos;à :</translation>
    </message>
    <message>
        <source>&amp;Archive bytes read at most:</source>
        <translation>Octets d&apos;archive lus au p&amp;lus :</translation>
    </message>
    <message>
        <source>Archive &amp;entries listed at most:</source>
        <translation>&amp;Entrées d&apos;archive listées au plus :</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;ouleurs :</translation>
    </message>
    <message>
        <source>Reopen the &amp;last session&apos;s tabs on start</source>
        <translation>Rouvrir les onglets de la &amp;dernière session au démarrage</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Modifier l’emplacement (Échap : retour au fil d’Ariane)</translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation>Précédent / suivant</translation>
    </message>
    <message>
        <source>Up (from an export: the server&apos;s exports)</source>
        <translation>Dossier parent (depuis un export : les exports du serveur)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>double-click</source>
        <translation>double-clic</translation>
    </message>
    <message>
        <source>Middle-click</source>
        <translation>Clic du milieu</translation>
    </message>
    <message>
        <source>Open a folder in a new tab</source>
        <translation>Ouvrir un dossier dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Drop local files or folders</source>
        <translation>Déposer des fichiers ou dossiers locaux</translation>
    </message>
    <message>
        <source>Upload them (onto a folder&apos;s row: into that folder)</source>
        <translation>Les envoyer (sur la ligne d’un dossier : dans ce dossier)</translation>
    </message>
    <message>
        <source>New tab / close tab</source>
        <translation>Nouvel onglet / fermer l’onglet</translation>
    </message>
    <message>
        <source>Details view / icons view</source>
        <translation>Vue détaillée / vue en icônes</translation>
    </message>
    <message>
        <source>Show or hide hidden files</source>
        <translation>Afficher ou masquer les fichiers cachés</translation>
    </message>
    <message>
        <source>Filter bar (Escape closes it)</source>
        <translation>Barre de filtre (Échap la ferme)</translation>
    </message>
    <message>
        <source>Typing in the view</source>
        <translation>Saisie dans la vue</translation>
    </message>
    <message>
        <source>Selects the first name that starts with what was typed</source>
        <translation>Sélectionne le premier nom qui commence par le texte saisi</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete (asks first)</source>
        <translation>Supprimer (demande d’abord)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Copy the location (URLs of the selection, or of the folder)</source>
        <translation>Copier l’emplacement (URL de la sélection, ou du dossier)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Bookmark the current place</source>
        <translation>Ajouter un signet pour l’emplacement actuel</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Cette liste de raccourcis</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Show or hide the preview pane</source>
        <translation>Afficher ou masquer le volet d’aperçu</translation>
    </message>
    <message>
        <source>View the file in the whole window (Space or Escape closes it, Left/Right step)</source>
        <translation>Voir le fichier dans toute la fenêtre (Espace ou Échap ferme, Gauche/Droite pour parcourir)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Open a folder; on a file: open it with the default application</source>
        <translation>Ouvrir un dossier ; un fichier : l’ouvrir avec l’application par défaut</translation>
    </message>
    <message>
        <source>Drop from another tab or window</source>
        <translation>Dépôt depuis un autre onglet ou une autre fenêtre</translation>
    </message>
    <message>
        <source>Copy or move: a menu asks (Shift moves, Ctrl copies)</source>
        <translation>Copier ou déplacer : un menu demande (Maj déplace, Ctrl copie)</translation>
    </message>
    <message>
        <source>Split view: this computer&apos;s files beside the server&apos;s</source>
        <translation>Vue scindée : les fichiers de cet ordinateur à côté de ceux du serveur</translation>
    </message>
    <message>
        <source>Copy / cut / paste files</source>
        <translation>Copier / couper / coller des fichiers</translation>
    </message>
    <message>
        <source>Undo the last rename, move, new folder or copy</source>
        <translation>Annuler le dernier renommage, déplacement, nouveau dossier ou copie</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>could not reach the running NFS Navigator at %1: %2</source>
        <translation>impossible de joindre le NFS Navigator en cours d’exécution à %1 : %2</translation>
    </message>
    <message>
        <source>the running NFS Navigator did not answer within %1 s (%2)</source>
        <translation>le NFS Navigator en cours d’exécution n’a pas répondu en %1 s (%2)</translation>
    </message>
    <message>
        <source>the running NFS Navigator gave an unexpected answer: %1</source>
        <translation>le NFS Navigator en cours d’exécution a donné une réponse inattendue : %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 for links opened later: %2</source>
        <translation>impossible d’écouter sur %1 les liens ouverts plus tard : %2</translation>
    </message>
</context>
<context>
    <name>SmallUpload</name>
    <message>
        <source>Whole small files are written on file handles over NFSv3 only</source>
        <translation>Les petits fichiers entiers ne sont écrits sur des descripteurs de fichier qu&apos;en NFSv3</translation>
    </message>
    <message>
        <source>The temporary name %1 is not beside %2</source>
        <translation>Le nom temporaire %1 n&apos;est pas à côté de %2</translation>
    </message>
    <message>
        <source>No file handle for %1 on %2</source>
        <translation>Aucun descripteur de fichier pour %1 sur %2</translation>
    </message>
    <message>
        <source>Will not replace %1 on %2: it exists</source>
        <translation>%1 sur %2 ne sera pas remplacé : il existe</translation>
    </message>
    <message>
        <source>The server %1 did not give the new file&apos;s handle</source>
        <translation>Le serveur %1 n&apos;a pas donné le descripteur du nouveau fichier</translation>
    </message>
    <message>
        <source>The server %1 did not store %2 durably</source>
        <translation>Le serveur %1 n&apos;a pas enregistré %2 de façon durable</translation>
    </message>
    <message>
        <source>The server holds %1 bytes of %2 instead of %3</source>
        <translation>Le serveur détient %1 octets de %2 au lieu de %3</translation>
    </message>
    <message>
        <source>The server %1 did not tell the size of %2</source>
        <translation>Le serveur %1 n&apos;a pas indiqué la taille de %2</translation>
    </message>
</context>
<context>
    <name>SourceRemoval</name>
    <message>
        <source>Cannot read the attributes of</source>
        <translation>Impossible de lire les attributs de</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Impossible de lister</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Kept %1: its copy %2 cannot be checked (%3)</source>
        <translation>%1 conservé : sa copie %2 ne peut pas être vérifiée (%3)</translation>
    </message>
    <message>
        <source>Kept %1: its copy %2 is not of the same type</source>
        <translation>%1 conservé : sa copie %2 n’est pas du même type</translation>
    </message>
    <message>
        <source>Kept %1: its copy %2 has %3 bytes instead of %4</source>
        <translation>%1 conservé : sa copie %2 compte %3 octets au lieu de %4</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <source>Source</source>
        <translation>Code source</translation>
    </message>
    <message>
        <source>Show the Markdown source instead of the rendered text</source>
        <translation>Afficher la source Markdown au lieu du texte mis en forme</translation>
    </message>
    <message>
        <source>Find in the shown text</source>
        <translation>Rechercher dans le texte affiché</translation>
    </message>
    <message>
        <source>First %1 of %2 shown</source>
        <translation>Premiers %1 sur %2 affichés</translation>
    </message>
    <message>
        <source>%1, all shown</source>
        <translation>%1, tout est affiché</translation>
    </message>
    <message numerus="yes">
        <source>%n long line(s) cut</source>
        <translation>
            <numerusform>%n ligne longue coupée</numerusform>
            <numerusform>%n lignes longues coupées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>the image is %1×%2 pixels, more than the thumbnail limit allows</source>
        <translation>l’image fait %1×%2 pixels, plus que la limite des vignettes ne le permet</translation>
    </message>
    <message>
        <source>the image could not be decoded (%1)</source>
        <translation>l’image n’a pas pu être décodée (%1)</translation>
    </message>
    <message>
        <source>QtPdf could not read it</source>
        <translation>QtPdf n’a pas pu le lire</translation>
    </message>
    <message>
        <source>its first page has no size</source>
        <translation>sa première page n’a pas de taille</translation>
    </message>
    <message>
        <source>QtPdf could not draw its first page</source>
        <translation>QtPdf n’a pas pu dessiner sa première page</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the file is larger than the thumbnail limit</source>
        <translation>le fichier dépasse la limite des vignettes</translation>
    </message>
</context>
<context>
    <name>TransferNotifier</name>
    <message>
        <source>Transfer finished</source>
        <translation>Transfert terminé</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Échec du transfert</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation>%1 est dans %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>TransferQueue</name>
    <message>
        <source>Will not replace %1: it exists</source>
        <translation>%1 ne sera pas remplacé : il existe</translation>
    </message>
    <message>
        <source>%1 is both the source and the destination</source>
        <translation>%1 est à la fois la source et la destination</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder the copy goes to</source>
        <translation>Ouvrir le dossier de destination de la copie</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
</context>
<context>
    <name>TransfersPane</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>No transfers running</source>
        <translation>Aucun transfert en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s): %1 of %2 at %3/s</source>
        <translation>
            <numerusform>%n transfert : %1 sur %2 à %3/s</numerusform>
            <numerusform>%n transferts : %1 sur %2 à %3/s</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1:%2 left</source>
        <translation>, reste %1:%2</translation>
    </message>
    <message>
        <source>Transfers are running</source>
        <translation>Des transferts sont en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) have not finished. Cancel them and close?</source>
        <translation>
            <numerusform>%n transfert n’est pas terminé. L’annuler et fermer ?</numerusform>
            <numerusform>%n transferts ne sont pas terminés. Les annuler et fermer ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeFailure</name>
    <message numerus="yes">
        <source>%n items failed: </source>
        <translation>
            <numerusform>%n élément en échec : </numerusform>
            <numerusform>%n éléments en échec : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeOperations</name>
    <message>
        <source>Refusing to remove the server&apos;s root folder</source>
        <translation>Refus de supprimer le dossier racine du serveur</translation>
    </message>
    <message>
        <source>Bad pattern &apos;%1&apos;: %2</source>
        <translation>Motif « %1 » invalide : %2</translation>
    </message>
</context>
<context>
    <name>TreeTransfer</name>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nom ne peut pas être vide</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not names</source>
        <translation>« . » et « .. » ne sont pas des noms</translation>
    </message>
    <message>
        <source>a local name cannot contain &quot;/&quot;</source>
        <translation>un nom local ne peut pas contenir « / »</translation>
    </message>
    <message>
        <source>a local name cannot contain a NUL byte</source>
        <translation>un nom local ne peut pas contenir d’octet NUL</translation>
    </message>
    <message>
        <source>Cannot open the folder of</source>
        <translation>Impossible d’ouvrir le dossier de</translation>
    </message>
    <message>
        <source>Cannot read the attributes of</source>
        <translation>Impossible de lire les attributs de</translation>
    </message>
    <message>
        <source>Skipped %1: not a file, folder or symbolic link</source>
        <translation>%1 ignoré : ni un fichier, ni un dossier, ni un lien symbolique</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Impossible de lister</translation>
    </message>
    <message>
        <source>Cannot copy a folder onto %1: it is not a folder</source>
        <translation>Impossible de copier un dossier sur %1 : ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Skipped the entry &quot;%1&quot; of %2: %3</source>
        <translation>Entrée « %1 » de %2 ignorée : %3</translation>
    </message>
    <message>
        <source>Cannot read the link</source>
        <translation>Impossible de lire le lien</translation>
    </message>
    <message>
        <source>Will not replace %1: it exists</source>
        <translation>%1 n’est pas remplacé : il existe</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Impossible de créer le lien</translation>
    </message>
    <message>
        <source>Will not replace</source>
        <translation>Refus de remplacer</translation>
    </message>
    <message>
        <source>Cannot copy a folder into itself (%1 is inside it)</source>
        <translation>Impossible de copier un dossier dans lui-même (%1 est à l&apos;intérieur)</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>Cannot &amp;Undo %1</source>
        <translation>Impossible d’&amp;annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>It replaced or merged into something that was already there.</source>
        <translation>L’opération a remplacé ce qui était déjà là, ou y a été fusionnée.</translation>
    </message>
    <message>
        <source>R&amp;edo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>R&amp;edo %1</source>
        <translation>Réta&amp;blir : %1</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renommer en « %1 »</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>New Folder &quot;%1&quot;</source>
        <translation>Nouveau dossier « %1 »</translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot;</source>
        <translation>Copier « %1 »</translation>
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
        <translation>Un navigateur de fichiers pour serveurs NFS. URL est nfs://host[:port]/path?version=3|4&amp;uid=N&amp;gid=N&amp;... ou @signet/sous/dossier. Tant que NFS Navigator tourne, un lancement ultérieur ouvre l’URL dans un nouvel onglet de sa fenêtre.</translation>
    </message>
    <message>
        <source>Open a window of its own even when NFS Navigator runs already (it then receives no links opened later).</source>
        <translation>Ouvrir une fenêtre à part même si NFS Navigator tourne déjà (elle ne reçoit alors pas les liens ouverts plus tard).</translation>
    </message>
    <message>
        <source>The place to open.</source>
        <translation>L’emplacement à ouvrir.</translation>
    </message>
    <message>
        <source>one URL at most; see --help</source>
        <translation>une URL au plus ; voir --help</translation>
    </message>
</context>
</TS>
