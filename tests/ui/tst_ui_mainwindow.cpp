// The main window on a local cache, offline: it fills from the cache on a worker, the views
// list counts and switches views, sorting asks the index, a selection survives a refresh,
// window state, columns, view and filter come back after a restart, CSV export writes the
// current view, and the language and locale follow --lang and the system.
#include "UiTestSupport.h"
#include "customerindex/CustomerCsvWriter.h"
#include "customerindex/CustomerTableModel.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "presentation/ViewListModel.h"
#include "storage/LocalCache.h"
#include "ui/ConsoleSettings.h"
#include "ui/DetailPanel.h"
#include "ui/DialogPresenter.h"
#include "ui/MainWindow.h"
#include "ui/TranslationLoader.h"
#include "ui/customers/CsvExporter.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/customers/ViewsPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pac;

namespace {

// The services a main window works with, on a cache of `count` customers, offline.
struct Services
{
    explicit Services(const QString &dir, int count, Role role = Role::MasterAgent)
    {
        cache = std::move(LocalCache::open(QDir(dir).filePath(QStringLiteral("cache.sqlite"))))
                    .value();
        user = CacheUser {2, QStringLiteral("master1"), role};
        if (!cache->meta().bindAccount(QUrl(QStringLiteral("http://127.0.0.1:9")), user).ok())
            qFatal("cannot bind the cache");
        QList<Customer> customers = test::uiCustomers(1, count);
        for (Customer &c : customers) {
            // Every third customer on Net 15, every fifth near its limit.
            if (c.id % 3 == 0) {
                c.paymentTerms = PaymentTermsKind::Net15;
                c.creditLimitCents = 50000;
            }
            if (c.id % 5 == 0) {
                c.creditLimitCents = 10000;
                c.balanceCents = 9000;
            }
        }
        const StorageResult<int> stored = cache->customers().storeServerCopies(customers);
        if (!stored.ok())
            qFatal("cannot store the customers: %s", qPrintable(stored.error().detail));
        client = std::make_unique<PortalClient>(&network);
        engine = std::make_unique<SyncEngine>(*client, *cache);
        edits = std::make_unique<CustomerEditService>(*cache, *client, engine.get());
        settings
            = std::make_unique<ConsoleSettings>(QDir(dir).filePath(QStringLiteral("console.ini")));
    }
    ConsoleContext context()
    {
        return {*client,   *cache,    *engine, *edits,
                *settings, presenter, user,    QStringLiteral("test")};
    }

    QNetworkAccessManager network;
    std::unique_ptr<LocalCache> cache;
    CacheUser user;
    std::unique_ptr<PortalClient> client;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<CustomerEditService> edits;
    std::unique_ptr<ConsoleSettings> settings;
    DialogPresenter presenter;
};

bool filled(MainWindow &window)
{
    CustomerTablePanel *table = window.tablePanel();
    return table->model()->totalCount() > 0 && !table->isBusy();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fillsFromTheCacheAndCountsTheViews()
    {
        QTemporaryDir dir;
        Services services(dir.path(), 60);
        MainWindow window(services.context());
        QAbstractItemModelTester tester(window.tablePanel()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&window, &MainWindow::customersLoaded);
        window.show();
        QVERIFY(child(window, "customerEmptyState")->isVisible()); // "Loading customers…"
        window.startLoading();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).value<qsizetype>(), 60);
        QTRY_VERIFY(filled(window));
        QCOMPARE(window.tablePanel()->model()->rowCount(), 60);
        QVERIFY(!child(window, "customerEmptyState")->isVisible());

        ViewListModel *views = window.viewsPanel()->model();
        QTRY_COMPARE(views->index(views->rowOf(CustomerView::Net15))
                         .data(ViewListModel::CountRole)
                         .toLongLong(),
                     20);
        QCOMPARE(views->index(0).data(ViewListModel::CountRole).toLongLong(), 60);
        // Master agents do not see support's decision view.
        QCOMPARE(views->rowOf(CustomerView::CreditApplicationsAwaitingDecision), -1);

        window.viewsPanel()->setCurrentView(CustomerView::Net15);
        QTRY_VERIFY(window.tablePanel()->spec().view == CustomerView::Net15 && filled(window));
        QTRY_COMPARE(window.tablePanel()->model()->rowCount(), 20);
        // Ctrl+1 is the first view.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.viewsPanel()->currentView(), CustomerView::All);
    }

    void sortingAsksTheIndexAndKeepsTheSelection()
    {
        QTemporaryDir dir;
        Services services(dir.path(), 30);
        MainWindow window(services.context());
        window.show();
        window.startLoading();
        QTRY_VERIFY(filled(window));
        CustomerTablePanel *table = window.tablePanel();
        table->tableView()->selectRow(4);
        const qint64 selected = table->currentCustomerId();
        QVERIFY(selected);
        QCOMPARE(window.detailPanel()->customerId(), selected);

        // A header click sorts by balance, descending on the second click.
        QHeaderView *header = table->tableView()->horizontalHeader();
        const int balance = int(CustomerColumn::Balance);
        header->setSortIndicator(balance, Qt::DescendingOrder);
        QTRY_VERIFY(table->spec().sortColumn == balance && filled(window));
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const qint64 value = table->model()
                                     ->index(row, balance)
                                     .data(CustomerTableModel::RawRole)
                                     .toLongLong();
            QVERIFY(value <= previous);
            previous = value;
        }
        QCOMPARE(table->currentCustomerId(), selected);
        QCOMPARE(table->model()->customerId(table->tableView()->currentIndex().row()), selected);

        // Several rows (a bulk change being prepared) survive the next reset too.
        QItemSelectionModel *selection = table->tableView()->selectionModel();
        for (int row : {7, 9, 12})
            selection->select(table->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QList<qint64> several = table->selectedCustomerIds();
        QCOMPARE(several.size(), 4);
        std::sort(several.begin(), several.end());
        header->setSortIndicator(balance, Qt::AscendingOrder);
        QTRY_VERIFY(table->spec().sortOrder == Qt::AscendingOrder && filled(window));
        QList<qint64> after = table->selectedCustomerIds();
        std::sort(after.begin(), after.end());
        QCOMPARE(after, several);
        QCOMPARE(table->currentCustomerId(), selected);
    }

    void stateComesBackAfterARestart()
    {
        QTemporaryDir dir;
        Services services(dir.path(), 30);
        {
            MainWindow window(services.context());
            window.show();
            window.startLoading();
            QTRY_VERIFY(filled(window));
            window.resize(1100, 700);
            window.viewsPanel()->setCurrentView(CustomerView::NearCreditLimit);
            window.tablePanel()->setFilterText(QStringLiteral("Customer 1"));
            window.tablePanel()->tableView()->horizontalHeader()->setSortIndicator(
                int(CustomerColumn::Name), Qt::DescendingOrder);
            window.tablePanel()->tableView()->setColumnWidth(int(CustomerColumn::Agent), 222);
            window.close();
        }
        QCOMPARE(services.settings->lastView(), CustomerViews::key(CustomerView::NearCreditLimit));

        MainWindow again(services.context());
        again.show();
        again.startLoading();
        QTRY_VERIFY(filled(again));
        QCOMPARE(again.viewsPanel()->currentView(), CustomerView::NearCreditLimit);
        QCOMPARE(again.tablePanel()->filterText(), QStringLiteral("Customer 1"));
        QCOMPARE(again.tablePanel()->tableView()->columnWidth(int(CustomerColumn::Agent)), 222);
        QTRY_COMPARE(again.tablePanel()->spec().sortColumn, int(CustomerColumn::Name));
        QCOMPARE(again.tablePanel()->spec().sortOrder, Qt::DescendingOrder);
        QCOMPARE(again.size(), QSize(1100, 700));
    }

    void csvExportWritesTheCurrentView()
    {
        QTemporaryDir dir;
        Services services(dir.path(), 30);
        MainWindow window(services.context());
        window.show();
        window.startLoading();
        QTRY_VERIFY(filled(window));
        window.viewsPanel()->setCurrentView(CustomerView::Net15);
        QTRY_VERIFY(window.tablePanel()->spec().view == CustomerView::Net15 && filled(window));
        const QString path = dir.filePath(QStringLiteral("net15.csv"));
        QSignalSpy finished(window.csvExporter(), &CsvExporter::finished);
        window.csvExporter()->writeTo(path, *window.tablePanel()->model(),
                                      {CustomerColumn::AccountNumber, CustomerColumn::Terms});
        QTRY_COMPARE(finished.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 10 + 1); // header, the ten Net 15 rows, the final empty piece
        QCOMPARE(lines.at(0), QByteArray("ID,Account,Terms\r"));
        QVERIFY(lines.at(1).contains("Net 15"));
    }

    void csvExportInSlicesMatchesOneWrite()
    {
        // More rows than one slice: the slices stitch to exactly what one write gives.
        QTemporaryDir dir;
        Services services(dir.path(), CsvExporter::kRowsPerSlice + 123);
        MainWindow window(services.context());
        window.show();
        window.startLoading();
        QTRY_VERIFY_WITH_TIMEOUT(filled(window), 20000);
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy finished(window.csvExporter(), &CsvExporter::finished);
        window.csvExporter()->writeTo(path, *window.tablePanel()->model(), {});
        QTRY_COMPARE(finished.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sliced = file.readAll();
        QBuffer whole;
        whole.open(QIODevice::WriteOnly);
        QVERIFY(CustomerCsvWriter().write(&whole, *window.tablePanel()->model()));
        QCOMPARE(sliced, whole.data());
    }

    void languageFollowsTheOptionAndTheSystem_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        QTest::newRow("--lang es") << "es"
                                   << "en_US"
                                   << "es"
                                   << "es_ES";
        QTest::newRow("--lang en on a Spanish system") << "en"
                                                       << "es_MX"
                                                       << "en"
                                                       << "en_US";
        QTest::newRow("system es_MX") << ""
                                      << "es_MX"
                                      << "es"
                                      << "es_MX";
        QTest::newRow("system en_GB") << ""
                                      << "en_GB"
                                      << "en"
                                      << "en_GB";
        QTest::newRow("system de_DE") << ""
                                      << "de_DE"
                                      << "en"
                                      << "en_US";
        QTest::newRow("unknown --lang") << "fr"
                                        << "es_ES"
                                        << "es"
                                        << "es_ES";
    }
    void languageFollowsTheOptionAndTheSystem()
    {
        QFETCH(QString, requested);
        QFETCH(QString, system);
        QFETCH(QString, language);
        QFETCH(QString, locale);
        const QLocale systemLocale(system);
        QCOMPARE(TranslationLoader::chooseLanguage(requested, systemLocale), language);
        QCOMPARE(TranslationLoader::localeFor(language, systemLocale).name(), locale);

        TranslationLoader loader;
        loader.install(QCoreApplication::instance(), language, systemLocale);
        QCOMPARE(QLocale().name(), locale);
        QCOMPARE(loader.language(), language);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    static QWidget *child(QWidget &parent, const char *name)
    {
        return parent.findChild<QWidget *>(QString::fromLatin1(name));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
