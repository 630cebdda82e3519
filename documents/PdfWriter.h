#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace pac {

// Prints a QTextDocument to a PDF file: US Letter, 18 mm margins, "Page N of M" at the foot
// of each page, the title in the PDF's metadata. Headings are kept with what follows them (a
// heading that would end a page starts the next one). The file is written through a
// QSaveFile, so it appears whole or not at all. Needs a QGuiApplication; may run on any
// thread (the console runs it on a worker so the window never waits). The document is laid
// out for the pages (page size, page breaks before such headings): pass one made for it.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(pac::PdfWriter)

public:
    static bool write(QTextDocument &document, const QString &path, const QString &title,
                      QString *error = nullptr);

    // The portal's documents (invoices, ACH authorizations), drawn into memory: US Letter,
    // 18 mm margins, "<footerLabel> · page N of M" at the foot of each page (the portal's
    // English words), `title` and `creator` in the metadata. Empty when it could not be drawn
    // (a QGuiApplication must exist, for the fonts; the caller checks). Any thread.
    static QByteArray toBytes(QTextDocument &document, const QString &title, const QString &creator,
                              const QString &footerLabel);

    // A portal document laid out as text: DejaVu Sans 9.5 pt with a hair of letter spacing
    // (any spacing turns ligatures off — Qt 6.4 has no per-feature switch — so the PDF's text
    // reads "office", not "o\uFB03ce", when searched, copied or extracted), `title` in its
    // metadata, `html` its content.
    static std::unique_ptr<QTextDocument> portalDocument(const QString &title, const QString &html);
    // portalDocument() drawn by toBytes(). Empty, with the reason in *error, without a
    // QGuiApplication (fonts need its platform; QFontDatabase would end the process) or when
    // it could not be drawn.
    static QByteArray drawPortalDocument(const QString &title, const QString &html,
                                         const QString &creator, const QString &footerLabel,
                                         QString *error);

    // Of the page height, the room below a heading that is too little to start a section in.
    static constexpr double KeepWithNextShare = 0.18;

private:
    static void keepHeadingsWithNext(QTextDocument &document, double pageHeight);
};

} // namespace pac
