// SPDX-License-Identifier: GPL-3.0-or-later
// The translations (translations/): the catalogues are what lupdate makes of
// today's sources, every string is translated, both programs follow the
// user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) including Qt's own
// strings, and what nfsnav prints for scripts is the same in every language.
#include "mainwindow.h"
#include "testserver.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("NFSNAV_SOURCE_DIR", QStringLiteral(NFSNAV_SOURCE_DIR));
}

const QStringList Languages{QStringLiteral("de"), QStringLiteral("fr")};

QString catalogue(const QString &dir, const QString &language)
{
    return dir + QStringLiteral("/translations/nfs-navigator_%1.ts").arg(language);
}

// One message of a catalogue.
struct Message
{
    QString context;
    QString source;
    QStringList translations;   // one, or the plural forms
    bool unfinished = false;
    QString key() const { return context + QStringLiteral(" | ") + source; }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            m.unfinished = type == QLatin1String("unfinished");
            // Plural forms are <numerusform> children; otherwise the text itself.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations.append(xml.readElementText());
            }
            if (m.translations.isEmpty())
                m.translations.append(text);
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// The placeholders a text must keep: %1..%99 and %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// nfsnav with the language variables cleared, then `env` ("NAME=value") set.
Run runNfsnav(const QStringList &args, const QStringList &env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "NFSNAV_UID", "NFSNAV_GID", "NFSNAV_VERSION"})
        e.remove(QLatin1String(name));
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(TestServer::nfsnavPath(), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // lupdate over a copy of today's sources must not change the catalogues;
    // otherwise a string was added, changed or removed without updating them.
    void cataloguesAreUpToDate()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QStringList tsFiles;
        for (const char *dir : {"core", "ui", "app"})
            QVERIFY2(copyTree(sourceDir() + QLatin1Char('/') + QLatin1String(dir), tmp.path() + QLatin1Char('/') + QLatin1String(dir)),
                     dir);
        QVERIFY(QDir().mkpath(tmp.path() + QStringLiteral("/translations")));
        for (const QString &language : Languages) {
            QVERIFY(QFile::copy(catalogue(sourceDir(), language), catalogue(tmp.path(), language)));
            tsFiles.append(catalogue(tmp.path(), language));
        }
        // The options of translations/CMakeLists.txt (update_translations).
        QProcess lupdate;
        lupdate.setWorkingDirectory(tmp.path());
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(NFSNAV_LUPDATE),
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts")}
                          + tsFiles);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QByteArray log = lupdate.readAll();
        QVERIFY2(lupdate.exitCode() == 0, log.constData());
        // Strings lupdate cannot file under a context are lost to the translators.
        QVERIFY2(!log.contains("cannot be called without context"), log.constData());

        QStringList problems;
        for (const QString &language : Languages) {
            QFile before(catalogue(sourceDir(), language));
            QFile after(catalogue(tmp.path(), language));
            QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
            if (before.readAll() == after.readAll())
                continue;
            QString error;
            const QList<Message> old = readCatalogue(catalogue(sourceDir(), language), &error);
            const QList<Message> now = readCatalogue(catalogue(tmp.path(), language), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QSet<QString> oldKeys;
            QSet<QString> nowKeys;
            for (const Message &m : old)
                oldKeys.insert(m.key());
            for (const Message &m : now)
                nowKeys.insert(m.key());
            for (const Message &m : now)
                if (!oldKeys.contains(m.key()))
                    problems << QStringLiteral("%1: new string   %2").arg(language, m.key());
            for (const Message &m : old)
                if (!nowKeys.contains(m.key()))
                    problems << QStringLiteral("%1: gone string  %2").arg(language, m.key());
            if (problems.isEmpty())
                problems << QStringLiteral("%1: the catalogue differs in form only").arg(language);
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("The catalogues are not up to date with the sources; run "
                                            "`ninja -C build update_translations`, translate what it marks "
                                            "unfinished, and commit translations/:\n")
                             + problems.join(QLatin1Char('\n'))));
    }

    // A context named by hand (QCoreApplication::translate("Name", ...), often
    // behind a small tr() helper) must be one lupdate files strings under:
    // else every string looked up through it stays English, though the
    // catalogue translates it under the class lupdate saw around the call.
    void contextsLookedUpAreInTheCatalogues()
    {
        QString error;
        QSet<QString> contexts;
        for (const Message &m : readCatalogue(catalogue(sourceDir(), QStringLiteral("de")), &error))
            contexts.insert(m.context);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression named(QStringLiteral(R"re(translate\(\s*"([A-Za-z_]+)")re"));
        QStringList problems;
        int seen = 0;
        for (const char *dir : {"core", "ui", "app"}) {
            QDirIterator it(sourceDir() + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QString text = QString::fromUtf8(file.readAll());
                for (const QRegularExpressionMatch &m : named.globalMatch(text)) {
                    ++seen;
                    if (!contexts.contains(m.captured(1)))
                        problems << QStringLiteral("%1: translate(\"%2\", ...): no such context in the catalogues")
                                        .arg(QDir(sourceDir()).relativeFilePath(file.fileName()), m.captured(1));
                }
            }
        }
        QVERIFY2(seen > 0, "no translate(\"...\") found: the pattern is out of date");
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyStringTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    // No string unfinished or empty, placeholders kept, and at most 5% of the
    // translations equal to their English source.
    void everyStringTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readCatalogue(catalogue(sourceDir(), language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList unfinished;
        QStringList broken;
        QStringList same;
        for (const Message &m : messages) {
            bool empty = false;
            for (const QString &t : m.translations)
                empty = empty || t.isEmpty();
            if (m.unfinished || empty)
                unfinished << m.key();
            for (const QString &t : m.translations)
                if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                    broken << QStringLiteral("%1 -> %2").arg(m.key(), t);
            // Only strings with words count: "%1, %2" or "…" have nothing to translate.
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
            QString words = m.source;
            words.remove(QRegularExpression(QStringLiteral("%(\\d+|n)")));
            if (m.translations.size() == 1 && m.translations.first() == m.source && words.contains(word))
                same << m.source;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 strings not translated in %3 (Qt Linguist, or edit the "
                                           "<translation type=\"unfinished\"> elements):\n")
                                .arg(unfinished.size())
                                .arg(messages.size())
                                .arg(catalogue(sourceDir(), language))
                            + unfinished.join(QLatin1Char('\n'))));
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders lost or added:\n") + broken.join(QLatin1Char('\n'))));
        QVERIFY2(same.size() * 20 <= messages.size(),
                 qPrintable(QStringLiteral("%1 of %2 translations equal their source (at most 5%):\n")
                                .arg(same.size())
                                .arg(messages.size())
                            + same.join(QLatin1Char('\n'))));
        qInfo("%s: %d strings, %d equal to their source", qPrintable(language), int(messages.size()), int(same.size()));
    }

    void cliFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("help");         // in --help
        QTest::addColumn<QString>("ownError");     // nfsnav's own message
        QTest::addColumn<QString>("urlError");     // the core's (NfsUrl) message
        QTest::addColumn<QString>("qtError");      // QCommandLineParser's, from qtbase_xx
        const QString de1 = QStringLiteral("Aufruf: nfsnav"), de2 = QStringLiteral("unbekannter Befehl „frobnicate“"),
                      de3 = QStringLiteral("keine nfs://-URL"), de4 = QStringLiteral("Unbekannte Option 'bogus'");
        const QString fr1 = QStringLiteral("Usage : nfsnav"), fr2 = QStringLiteral("commande inconnue « frobnicate »"),
                      fr3 = QStringLiteral("pas une URL nfs://"), fr4 = QStringLiteral("Option inconnue \"bogus\"");
        const QString en1 = QStringLiteral("Usage: nfsnav"), en2 = QStringLiteral("unknown command 'frobnicate'"),
                      en3 = QStringLiteral("not an nfs:// URL"), en4 = QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("LANG=de") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << de1 << de2 << de3 << de4;
        QTest::newRow("LANG=fr") << QStringList{QStringLiteral("LANG=fr_FR.UTF-8")} << fr1 << fr2 << fr3 << fr4;
        QTest::newRow("LANG=de_AT") << QStringList{QStringLiteral("LANG=de_AT.UTF-8")} << de1 << de2 << de3 << de4;
        QTest::newRow("LANG=C") << QStringList{QStringLiteral("LANG=C.UTF-8")} << en1 << en2 << en3 << en4;
        QTest::newRow("unset") << QStringList{} << en1 << en2 << en3 << en4;
        QTest::newRow("LANG=es: no catalogue") << QStringList{QStringLiteral("LANG=es_ES.UTF-8")} << en1 << en2 << en3 << en4;
        QTest::newRow("LC_MESSAGES over LANG")
            << QStringList{QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("LC_MESSAGES=de_DE.UTF-8")} << de1 << de2 << de3 << de4;
        QTest::newRow("LC_ALL over LC_MESSAGES")
            << QStringList{QStringLiteral("LC_MESSAGES=de_DE.UTF-8"), QStringLiteral("LC_ALL=fr_FR.UTF-8")} << fr1 << fr2 << fr3 << fr4;
        QTest::newRow("LANGUAGE first")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=fr:de")} << fr1 << fr2 << fr3 << fr4;
        QTest::newRow("LANGUAGE skips what has no catalogue")
            << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE=es:de")} << de1 << de2 << de3 << de4;
        QTest::newRow("LANGUAGE en first stays English")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=en:de")} << en1 << en2 << en3 << en4;
    }

    void cliFollowsTheSystemLanguage()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, help);
        QFETCH(QString, ownError);
        QFETCH(QString, urlError);
        QFETCH(QString, qtError);

        Run r = runNfsnav({QStringLiteral("--help")}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(QString::fromUtf8(r.out).startsWith(help), r.out.constData());

        r = runNfsnav({QStringLiteral("frobnicate")}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(ownError), r.err.constData());

        r = runNfsnav({QStringLiteral("ls"), QStringLiteral("http://example.org/")}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(urlError), r.err.constData());

        r = runNfsnav({QStringLiteral("ls"), QStringLiteral("--bogus")}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(qtError), r.err.constData());
    }

    // nfs-navigator --help: its own text and QCommandLineParser's (qtbase_xx).
    void windowProgramHelpFollowsLang_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("de") << QStringLiteral("LANG=de_DE.UTF-8")
                            << QStringList{QStringLiteral("Ein Dateibrowser für NFS-Server."), QStringLiteral("Optionen:"),
                                           QStringLiteral("Der zu öffnende Ort.")};
        QTest::newRow("fr") << QStringLiteral("LANG=fr_FR.UTF-8")
                            << QStringList{QStringLiteral("Un navigateur de fichiers pour serveurs NFS."),
                                           QStringLiteral("Utilisation :"), QStringLiteral("L’emplacement à ouvrir.")};
    }

    void windowProgramHelpFollowsLang()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            e.remove(QLatin1String(name));
        e.insert(QStringLiteral("LANG"), lang.section(QLatin1Char('='), 1));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QFileInfo(TestServer::nfsnavPath()).dir().filePath(QStringLiteral("nfs-navigator")), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &text : expected)
            QVERIFY2(out.contains(text), qPrintable(out));
    }

    // What scripts read is the same in every language (README, "ls -l format").
    void outputForScriptsIsTheSameInEveryLanguage()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        const QString url = TestServer::urlText(3);
        const QList<QStringList> commands{
            {QStringLiteral("ls"), QStringLiteral("-l"), url},
            {QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("-a"), TestServer::urlText(4)},
            {QStringLiteral("ls"), QStringLiteral("--url"), url},
            {QStringLiteral("find"), url, QStringLiteral("-name"), QStringLiteral("*")},
            {QStringLiteral("du"), QStringLiteral("-s"), url},
            {QStringLiteral("stat"), url},
        };
        for (const QStringList &args : commands) {
            const Run c = runNfsnav(args, {QStringLiteral("LANG=C.UTF-8")});
            QVERIFY2(c.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(c.err)));
            QVERIFY(!c.out.isEmpty());
            if (args.first() == QLatin1String("stat"))
                continue;   // labelled for people, hence translated; run only to see it works
            for (const QString &lang : {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANG=fr_FR.UTF-8")}) {
                const Run t = runNfsnav(args, {lang});
                QCOMPARE(t.code, 0);
                if (t.out != c.out)
                    QFAIL(qPrintable(QStringLiteral("%1 prints differently under %2:\n%3\n---\n%4")
                                         .arg(args.join(QLatin1Char(' ')), lang, QString::fromUtf8(c.out), QString::fromUtf8(t.out))));
            }
        }
    }

    // Every menu's mnemonics stay distinct in each translation (Alt+letter picks one item).
    void mnemonicsDistinctInEachMenu_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void mnemonicsDistinctInEachMenu()
    {
        QFETCH(QString, language);
        QTranslator catalogue;
        QVERIFY(catalogue.load(QStringLiteral(":/i18n/nfs-navigator_") + language));
        QCoreApplication::installTranslator(&catalogue);
        MainWindow window;
        QCoreApplication::removeTranslator(&catalogue);
        QStringList clashes;
        auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
            QMap<QChar, QString> seen;
            for (QAction *a : actions) {
                const QString text = a->text();
                const qsizetype amp = text.indexOf(QLatin1Char('&'));
                if (a->isSeparator() || amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                if (seen.contains(key))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, seen.value(key), text);
                seen.insert(key, text);
            }
        };
        check(QStringLiteral("menu bar"), window.menuBar()->actions());
        for (QAction *m : window.menuBar()->actions())
            if (m->menu())
                check(m->text(), m->menu()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Last: installs the German catalogues in this process (main() set LANG=de_DE).
    void windowMenusInGerman()
    {
        QCOMPARE(UiLanguage::install(), QStringLiteral("de_DE"));
        MainWindow window;
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                      QStringLiteral("&Gehe zu"), QStringLiteral("&Lesezeichen"), QStringLiteral("&Hilfe")}));
        // Qt's own strings come from qtbase_de (qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    // German as a desktop session would set it, no locale generated for it needed.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        qunsetenv(name);
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    tst_Translations tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_translations.moc"
