#include "ui/recipients/InvoiceEmailEditor.h"

#include "models/InvoiceEmailList.h"
#include "ui/recipients/InvoiceEmailRow.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pac {

namespace {

// "emails[3]" -> 3; -1 for anything else.
int rowOfField(const QString &field)
{
    static constexpr QLatin1String prefix("emails[");
    if (!field.startsWith(prefix) || !field.endsWith(QLatin1Char(']')))
        return -1;
    bool ok = false;
    const int row
        = QStringView(field).mid(prefix.size(), field.size() - prefix.size() - 1).toInt(&ok);
    return ok ? row : -1;
}

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

InvoiceEmailEditor::InvoiceEmailEditor(QWidget *parent)
    : QWidget(parent)
    , m_counter(new QLabel(this))
    , m_emptyHint(mutedLabel(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_addEdit(new QPlainTextEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_refusals(new QLabel(this))
    , m_note(mutedLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("invoiceEmailEditor"));
    m_counter->setObjectName(QStringLiteral("invoiceEmailCounter"));
    m_emptyHint->setObjectName(QStringLiteral("invoiceEmailEmptyHint"));
    m_addEdit->setObjectName(QStringLiteral("addInvoiceEmails"));
    m_addButton->setObjectName(QStringLiteral("addInvoiceEmailsButton"));
    m_refusals->setObjectName(QStringLiteral("invoiceEmailRefusals"));
    m_note->setObjectName(QStringLiteral("invoiceEmailNote"));
    m_status->setObjectName(QStringLiteral("invoiceEmailStatus"));
    m_save->setObjectName(QStringLiteral("saveInvoiceEmails"));
    m_revert->setObjectName(QStringLiteral("revertInvoiceEmails"));

    auto *title = new QLabel(tr("<b>Additional invoice emails</b> (CC)"), this);
    m_emptyHint->setText(tr("No additional addresses: invoices go to the billing contacts "
                            "only. Add up to %1 addresses below.")
                             .arg(InvoiceEmailList::MaxEmails));
    m_addEdit->setPlaceholderText(tr("Type or paste addresses: one a line, or separated by "
                                     "commas or semicolons (\"Ann <ann@example.com>\" works)"));
    m_addEdit->setTabChangesFocus(true);
    m_addEdit->setAccessibleName(tr("Addresses to add"));
    const int lineHeight = m_addEdit->fontMetrics().lineSpacing();
    m_addEdit->setFixedHeight(lineHeight * 3 + 12);
    m_addButton->setToolTip(tr("Add the addresses (Ctrl+Enter)"));
    m_refusals->setWordWrap(true);
    m_refusals->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_refusals->hide();
    m_note->hide();
    m_status->setWordWrap(true);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_counter);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);

    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_addEdit, 1);
    addLine->addWidget(m_addButton, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_emptyHint);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addLine);
    layout->addWidget(m_refusals);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &InvoiceEmailEditor::addFromBox);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_addEdit);
    addShortcut->setContext(Qt::WidgetShortcut);
    connect(addShortcut, &QShortcut::activated, this, &InvoiceEmailEditor::addFromBox);
    connect(m_addEdit, &QPlainTextEdit::textChanged, this, &InvoiceEmailEditor::updateControls);
    connect(m_revert, &QPushButton::clicked, this, &InvoiceEmailEditor::revert);
    connect(m_save, &QPushButton::clicked, this, [this]() {
        revalidate();
        if (isDirty() && m_valid && m_editable)
            emit saveRequested(emails());
    });
    rebuildRows({});
}

void InvoiceEmailEditor::setCustomer(qint64 customerId, const QStringList &emails,
                                     const QList<BillingContact> &contacts)
{
    const bool sameCustomer = customerId == m_customerId;
    const bool keepEdits = sameCustomer && isDirty() && emails != m_saved;
    m_customerId = customerId;
    m_contacts = contacts;
    if (keepEdits) {
        m_saved = emails;
        m_note->setText(tr("These addresses changed meanwhile (a sync or another edit). Your "
                           "changes are kept; Revert shows the current list."));
        m_note->show();
        revalidate();
        return;
    }
    m_saved = emails;
    m_note->hide();
    if (!sameCustomer) {
        m_addEdit->clear();
        m_refusals->hide();
    }
    rebuildRows(emails);
}

void InvoiceEmailEditor::clear()
{
    m_customerId = 0;
    m_saved.clear();
    m_contacts.clear();
    m_addEdit->clear();
    m_refusals->hide();
    m_note->hide();
    rebuildRows({});
}

void InvoiceEmailEditor::setEditable(bool editable, const QString &whyNot)
{
    m_editable = editable;
    for (InvoiceEmailRow *row : std::as_const(m_rows))
        row->setReadOnly(!editable);
    const QString tip = editable ? QString() : whyNot;
    for (QWidget *widget : {static_cast<QWidget *>(m_addEdit), static_cast<QWidget *>(m_addButton),
                            static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert)})
        widget->setToolTip(tip);
    if (editable)
        m_addButton->setToolTip(tr("Add the addresses (Ctrl+Enter)"));
    updateControls();
}

QStringList InvoiceEmailEditor::emails() const
{
    QStringList list;
    list.reserve(m_rows.size());
    for (const InvoiceEmailRow *row : m_rows)
        list.append(row->address());
    return list;
}

bool InvoiceEmailEditor::isDirty() const
{
    return emails() != m_saved;
}

bool InvoiceEmailEditor::isValid() const
{
    return m_valid;
}

void InvoiceEmailEditor::addText(const QString &text)
{
    if (!m_editable)
        return;
    const InvoiceEmailList::Merge merge = InvoiceEmailList::merge(emails(), text);
    for (const QString &address : merge.added)
        appendRow(address);
    QStringList messages, refusedAddresses;
    for (const InvoiceEmailList::Refusal &refusal : merge.refused) {
        messages.append(refusal.error.message);
        refusedAddresses.append(refusal.address);
    }
    // What was refused stays in the box to be corrected; the reasons are listed under it.
    m_addEdit->setPlainText(refusedAddresses.join(QLatin1Char('\n')));
    m_refusals->setText(messages.join(QLatin1Char('\n')));
    m_refusals->setVisible(!messages.isEmpty());
    revalidate();
}

void InvoiceEmailEditor::revert()
{
    m_note->hide();
    m_refusals->hide();
    m_addEdit->clear();
    rebuildRows(m_saved);
}

void InvoiceEmailEditor::showErrors(const QList<FieldError> &errors)
{
    QStringList general;
    for (const FieldError &error : errors) {
        const int row = rowOfField(error.field);
        if (row >= 0 && row < m_rows.size())
            m_rows.at(row)->setError(error.message);
        else
            general.append(error.message);
    }
    m_serviceError = general.join(QLatin1Char('\n'));
    updateControls();
}

void InvoiceEmailEditor::rebuildRows(const QStringList &emails)
{
    for (InvoiceEmailRow *row : std::as_const(m_rows))
        discardRow(row);
    m_rows.clear();
    for (const QString &address : emails)
        appendRow(address);
    revalidate();
}

InvoiceEmailRow *InvoiceEmailEditor::appendRow(const QString &address)
{
    auto *row = new InvoiceEmailRow(int(m_rows.size()), address, this);
    row->setReadOnly(!m_editable);
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    connect(row, &InvoiceEmailRow::edited, this, &InvoiceEmailEditor::revalidate);
    connect(row, &InvoiceEmailRow::removeRequested, this, &InvoiceEmailEditor::removeRow);
    return row;
}

void InvoiceEmailEditor::removeRow(InvoiceEmailRow *row)
{
    const qsizetype at = m_rows.indexOf(row);
    if (at < 0)
        return;
    m_rows.removeAt(at);
    discardRow(row);
    for (qsizetype i = at; i < m_rows.size(); ++i)
        m_rows.at(i)->setPosition(int(i));
    // Keep the keyboard in the list: focus the row that took the removed one's place.
    if (!m_rows.isEmpty())
        m_rows.at(qMin(at, m_rows.size() - 1))->lineEdit()->setFocus();
    else
        m_addEdit->setFocus();
    revalidate();
}

void InvoiceEmailEditor::discardRow(InvoiceEmailRow *row)
{
    // Out of the tree at once (its names are reused by the rows that stay), deleted later
    // because it may be the sender of the signal being handled.
    row->hide();
    row->setParent(nullptr);
    row->deleteLater();
}

void InvoiceEmailEditor::revalidate()
{
    const QStringList list = emails();
    const InvoiceEmailList::Validation validation = InvoiceEmailList::validate(list);
    for (InvoiceEmailRow *row : std::as_const(m_rows))
        row->setError({});
    for (const FieldError &error : validation.errors) {
        const int row = rowOfField(error.field);
        if (row >= 0 && row < m_rows.size())
            m_rows.at(row)->setError(error.message);
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setRedundant(InvoiceEmailList::isRedundant(list.at(i), m_contacts));
    m_valid = validation.ok();
    m_serviceError.clear();
    updateControls();
}

void InvoiceEmailEditor::updateControls()
{
    const int count = int(m_rows.size());
    m_counter->setText(tr("%1 of %2").arg(count).arg(InvoiceEmailList::MaxEmails));
    m_counter->setStyleSheet(count >= InvoiceEmailList::MaxEmails
                                 ? QStringLiteral("color: #8a5300; font-weight: bold;")
                                 : QString());
    m_emptyHint->setVisible(m_rows.isEmpty());
    const bool dirty = isDirty();
    m_addEdit->setEnabled(m_editable);
    m_addButton->setEnabled(m_editable && !m_addEdit->toPlainText().trimmed().isEmpty());
    m_save->setEnabled(m_editable && dirty && m_valid);
    m_revert->setEnabled(m_editable && dirty);
    QString status;
    bool problem = true;
    if (!m_serviceError.isEmpty())
        status = m_serviceError;
    else if (dirty && !m_valid)
        status = tr("Correct or remove the marked addresses to save.");
    else if (dirty) {
        status = tr("Unsaved changes.");
        problem = false;
    }
    m_status->setText(status);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void InvoiceEmailEditor::addFromBox()
{
    const QString text = m_addEdit->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    addText(text);
}

} // namespace pac
