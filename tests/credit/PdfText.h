#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>

// The text of a PDF as pdftotext (poppler-utils, installed by scripts/setup) extracts it, in
// reading order with the layout kept, so a label and its value stay on one line. Empty with
// *error set when the tool is missing or fails.
inline QString pdfText(const QString &path, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *error
            = QStringLiteral("pdftotext is not installed (scripts/setup installs poppler-utils)");
        return {};
    }
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                   QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        *error = QStringLiteral("pdftotext failed: ")
            + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext -layout pads columns with runs of spaces; tests compare with single spaces. The
// form feed between pages is kept.
inline QString simplifiedLines(const QString &text)
{
    QStringList pages = text.split(u'\f');
    for (QString &page : pages) {
        QStringList lines = page.split(u'\n');
        for (QString &line : lines)
            line = line.simplified();
        page = lines.join(u'\n');
    }
    return pages.join(u'\f');
}
