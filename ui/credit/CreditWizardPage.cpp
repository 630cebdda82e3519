#include "ui/credit/CreditWizardPage.h"

#include "ui/credit/CreditApplicationForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pac {

namespace {

constexpr int kMessageMinWidth = 230;

} // namespace

CreditWizardPage::CreditWizardPage(CreditApplicationForm &form, QWidget *parent)
    : QWizardPage(parent)
    , m_form(form)
    , m_content(new QVBoxLayout)
    , m_saveState(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_content, 1);
    m_saveState->setObjectName(QStringLiteral("draftSaveState"));
    m_saveState->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette palette = m_saveState->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_saveState->setPalette(palette);
    outer->addWidget(m_saveState);
}

QString CreditWizardPage::objectNameOf(const QString &field)
{
    QString name;
    bool upper = false;
    for (const QChar ch : field) {
        if (ch == u'_' || ch == u'.' || ch == u'[' || ch == u']') {
            upper = !name.isEmpty();
            continue;
        }
        name.append(upper ? ch.toUpper() : ch);
        upper = false;
    }
    return name;
}

QLineEdit *CreditWizardPage::addField(QFormLayout *layout, const QString &field,
                                      const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(2 * 200); // longer text is refused by the rule with a message
    addEditor(layout, field, label, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        if (m_form.setText(field, text))
            edited(field);
    });
    return edit;
}

void CreditWizardPage::addEditor(QFormLayout *layout, const QString &field, const QString &label,
                                 QWidget *editor)
{
    const QString name = objectNameOf(field);
    editor->setObjectName(name + QStringLiteral("Edit"));
    auto *message = new QLabel(this);
    message->setObjectName(name + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setMinimumWidth(kMessageMinWidth);
    message->setTextFormat(Qt::PlainText);
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    message->setPalette(palette);

    // The field is a widget of its own so that the form row grows when a long message wraps.
    auto *fieldBox = new QWidget(this);
    auto *row = new QHBoxLayout(fieldBox);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(editor, 3, Qt::AlignTop);
    row->addWidget(message, 2);
    message->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    message->setMinimumHeight(editor->sizeHint().height());
    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    layout->addRow(caption, fieldBox);
    m_bindings.append({field, label, editor, message, false});
}

CreditWizardPage::Binding *CreditWizardPage::binding(const QString &field)
{
    for (Binding &b : m_bindings) {
        if (b.field == field)
            return &b;
    }
    return nullptr;
}

bool CreditWizardPage::isChecked(const Binding &) const
{
    return true;
}

void CreditWizardPage::edited(const QString &field)
{
    if (Binding *b = binding(field)) {
        b->touched = true;
        showMessage(*b, false);
    }
    // Fields that depend on this one (a signature on the signer's name, a second company
    // of the same name) may change verdict too.
    refreshMessages();
    emit formEdited();
}

void CreditWizardPage::showMessage(Binding &b, bool force)
{
    std::optional<FieldError> error;
    if (isChecked(b) && (b.touched || force))
        error = m_form.validate(b.field);
    b.message->setText(error ? error->message : QString());
    b.editor->setAccessibleDescription(error ? error->message : QString());
    b.editor->setToolTip(error ? error->message : QString());
}

void CreditWizardPage::refreshMessages(bool showAll)
{
    for (Binding &b : m_bindings) {
        if (showAll)
            b.touched = true;
        showMessage(b, false);
    }
}

bool CreditWizardPage::validatePage()
{
    refreshMessages(true);
    for (const Binding &b : m_bindings) {
        if (isChecked(b) && m_form.validate(b.field)) {
            b.editor->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

void CreditWizardPage::initializePage()
{
    for (Binding &b : m_bindings) {
        if (auto *edit = qobject_cast<QLineEdit *>(b.editor)) {
            const QString text = m_form.text(b.field);
            if (edit->text() != text)
                edit->setText(text);
        }
        // What a resumed draft already holds is shown with its verdict at once.
        if (!m_form.text(b.field).isEmpty())
            b.touched = true;
    }
    loadControls();
    refreshMessages();
}

void CreditWizardPage::setSaveState(const QString &text, bool failed)
{
    m_saveState->setText(text);
    QPalette palette = m_saveState->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? QColor(0xb3, 0x26, 0x1e) : palette.color(QPalette::PlaceholderText));
    m_saveState->setPalette(palette);
}

} // namespace pac
