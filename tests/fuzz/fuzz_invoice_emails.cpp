// Pasted invoice-email text -> InvoiceEmailList (parse, merge into a list, validate the
// result). The first input byte picks how many addresses the editor already holds.
#include "FuzzSupport.h"
#include "models/InvoiceEmailList.h"

using namespace pac;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QStringList current;
    for (int i = 0; i < data[0] % (InvoiceEmailList::MaxEmails + 1); ++i)
        current.append(QStringLiteral("held%1@example.com").arg(i));
    const QString pasted = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));

    const InvoiceEmailList::Merge merge = InvoiceEmailList::merge(current, pasted);
    PAC_FUZZ_CHECK(merge.emails.size() <= InvoiceEmailList::MaxEmails);
    PAC_FUZZ_CHECK(merge.emails == current + merge.added);
    for (const QString &added : merge.added)
        PAC_FUZZ_CHECK(InvoiceEmailList::isValidAddress(added));
    // What the editor would send is accepted as a whole by the server's check.
    const InvoiceEmailList::Validation merged = InvoiceEmailList::validate(merge.emails);
    PAC_FUZZ_CHECK(merged.ok());
    PAC_FUZZ_CHECK(merged.emails == merge.emails);
    // Every candidate is either added or refused, and a refusal names what it refused.
    const QStringList candidates = InvoiceEmailList::parsePasted(pasted);
    PAC_FUZZ_CHECK(merge.added.size() + merge.refused.size() == candidates.size());
    for (const InvoiceEmailList::Refusal &refusal : merge.refused) {
        PAC_FUZZ_CHECK(!refusal.address.isEmpty());
        PAC_FUZZ_CHECK(refusal.error.message.contains(refusal.address));
    }

    // The whole-list check of a PUT on the candidates as they are: accepted only when
    // every address is valid, unique and within the limit; each error names its index.
    const InvoiceEmailList::Validation checked = InvoiceEmailList::validate(candidates);
    if (checked.ok()) {
        PAC_FUZZ_CHECK(checked.emails.size() <= InvoiceEmailList::MaxEmails);
        for (const QString &email : checked.emails)
            PAC_FUZZ_CHECK(InvoiceEmailList::isValidAddress(email));
    }
    // Past MaxSubmitted candidates the list is refused whole, with one error on "emails" (a
    // request of 60,000 addresses must cost nothing); below it, each error names its index.
    if (candidates.size() > InvoiceEmailList::MaxSubmitted) {
        PAC_FUZZ_CHECK(checked.errors.size() == 1);
        PAC_FUZZ_CHECK(checked.errors.first().field == QLatin1String("emails"));
        PAC_FUZZ_CHECK(checked.errors.first().code == errorcode::TooMany);
    } else {
        for (const FieldError &error : checked.errors)
            PAC_FUZZ_CHECK(error.field.startsWith(QLatin1String("emails[")));
    }
    return 0;
}
