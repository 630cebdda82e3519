#include "documents/PdfWriter.h"

#include "documents/Log.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace pac {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate space

} // namespace

void PdfWriter::keepHeadingsWithNext(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        // Asking for the rectangle lays the document out up to here, with the breaks
        // already placed above.
        const double top = layout->blockBoundingRect(block).top();
        const double page = std::floor(top / pageHeight);
        const double room = (page + 1) * pageHeight - top;
        if (page >= 0 && room < pageHeight * KeepWithNextShare && top > pageHeight * page + 1) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
    }
}

bool PdfWriter::write(QTextDocument &document, const QString &path, const QString &title,
                      QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcDocuments).noquote() << "PDF not written:" << message;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("No file name was given for the PDF."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(
            tr("“%1” cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    // A credit application holds an EIN, bank and guarantor details: readable by the
    // user only, set on the temporary file before anything is in it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(
            tr("“%1” cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Portal Agent Console"));
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        const QRect paintRect = writer.pageLayout().paintRectPixels(kResolution);
        // The foot of the page holds its number; the text flows above it.
        const double footer = kResolution * 0.3;
        const QSizeF body(paintRect.width(), paintRect.height() - footer);

        // Lay the document out in the PDF's own coordinates, so points are points on paper.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(body);
        keepHeadingsWithNext(document, body.height());
        const int pages = document.pageCount();

        QPainter painter;
        painted = painter.begin(&writer);
        if (painted) {
            QFont footerFont = document.defaultFont();
            footerFont.setPointSizeF(8);
            for (int page = 0; page < pages; ++page) {
                if (page > 0)
                    writer.newPage();
                painter.save();
                painter.translate(0, -page * body.height());
                document.drawContents(&painter,
                                      QRectF(0, page * body.height(), body.width(), body.height()));
                painter.restore();
                painter.setFont(footerFont);
                painter.setPen(QColor(0x55, 0x55, 0x55));
                painter.drawText(QRectF(0, body.height(), body.width(), footer),
                                 Qt::AlignRight | Qt::AlignBottom,
                                 tr("Page %1 of %2").arg(page + 1).arg(pages));
            }
            painted = painter.end();
        }
        document.documentLayout()->setPaintDevice(nullptr);
    }
    if (!painted)
        return fail(tr("The PDF “%1” could not be drawn.").arg(QFileInfo(path).fileName()));
    if (!file.commit()) {
        return fail(
            tr("“%1” cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return true;
}

std::unique_ptr<QTextDocument> PdfWriter::portalDocument(const QString &title, const QString &html)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    document->setHtml(html);
    return document;
}

QByteArray PdfWriter::drawPortalDocument(const QString &title, const QString &html,
                                         const QString &creator, const QString &footerLabel,
                                         QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("drawing a PDF needs a QGuiApplication");
        return {};
    }
    const std::unique_ptr<QTextDocument> document = portalDocument(title, html);
    QByteArray pdf = toBytes(*document, title, creator, footerLabel);
    if (pdf.isEmpty() && error)
        *error = QStringLiteral("“%1” could not be drawn").arg(title);
    return pdf;
}

QByteArray PdfWriter::toBytes(QTextDocument &document, const QString &title, const QString &creator,
                              const QString &footerLabel)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(creator);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        const QRect paintRect = writer.pageLayout().paintRectPixels(kResolution);
        const double footer = kResolution * 0.3; // the page number's line
        const QSizeF body(paintRect.width(), paintRect.height() - footer);
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(body);
        const int pages = document.pageCount();
        QPainter painter;
        painted = painter.begin(&writer);
        if (painted) {
            QFont footerFont = document.defaultFont();
            footerFont.setPointSizeF(8);
            for (int page = 0; page < pages; ++page) {
                if (page > 0)
                    writer.newPage();
                painter.save();
                painter.translate(0, -page * body.height());
                document.drawContents(&painter,
                                      QRectF(0, page * body.height(), body.width(), body.height()));
                painter.restore();
                painter.setFont(footerFont);
                painter.setPen(QColor(0x55, 0x55, 0x55));
                painter.drawText(
                    QRectF(0, body.height(), body.width(), footer),
                    Qt::AlignRight | Qt::AlignBottom,
                    QStringLiteral("%1 · page %2 of %3").arg(footerLabel).arg(page + 1).arg(pages));
            }
            painted = painter.end();
        }
        document.documentLayout()->setPaintDevice(nullptr);
    }
    return painted ? pdf : QByteArray();
}

} // namespace pac
