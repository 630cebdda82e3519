#include "portal/UrlPolicy.h"

#include <QTest>

using namespace pac;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void allowedPortalUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https, public host") << "https://portal.example.com" << true;
        QTest::newRow("https, public host and port") << "https://portal.example.com:8443/x" << true;
        QTest::newRow("https, loopback") << "https://127.0.0.1:9" << true;
        QTest::newRow("http, 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http, top of 127/8") << "http://127.255.255.254" << true;
        QTest::newRow("http, localhost") << "http://localhost:1234" << true;
        QTest::newRow("http, LOCALHOST upper case") << "http://LOCALHOST" << true;
        QTest::newRow("http, ::1") << "http://[::1]:8080" << true;
        QTest::newRow("http, v4-mapped loopback") << "http://[::ffff:127.0.0.1]" << true;
        QTest::newRow("HTTP scheme upper case") << "HTTP://127.0.0.1" << true;
        QTest::newRow("http, just above 127/8") << "http://128.0.0.1" << false;
        QTest::newRow("http, just below 127/8") << "http://126.255.255.255" << false;
        QTest::newRow("http, private LAN") << "http://192.168.1.10" << false;
        QTest::newRow("http, unspecified 0.0.0.0") << "http://0.0.0.0:8080" << false;
        QTest::newRow("http, public host") << "http://portal.example.com" << false;
        QTest::newRow("http, localhost as a subdomain") << "http://localhost.evil.example" << false;
        QTest::newRow("http, 127.0.0.1 as a subdomain") << "http://127.0.0.1.evil.example" << false;
        QTest::newRow("http, v6 non-loopback") << "http://[2001:db8::1]" << false;
        QTest::newRow("http, v4-mapped public") << "http://[::ffff:8.8.8.8]" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("ws") << "ws://127.0.0.1" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("relative") << "/api/v1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("credentials in URL") << "https://user:secret@portal.example.com" << false;
    }

    void allowedPortalUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedPortalUrl(QUrl(url)), allowed);
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same, other path") << "http://127.0.0.1:80/a"
                                          << "http://127.0.0.1:80/b?x=1" << true;
        QTest::newRow("default http port explicit") << "http://127.0.0.1/a"
                                                    << "http://127.0.0.1:80/b" << true;
        QTest::newRow("default https port explicit") << "https://h.example/a"
                                                     << "https://h.example:443/" << true;
        QTest::newRow("host case differs") << "https://H.Example/a"
                                           << "https://h.example/b" << true;
        QTest::newRow("other port") << "http://127.0.0.1:8080/a"
                                    << "http://127.0.0.1:8081/a" << false;
        QTest::newRow("other scheme") << "https://h.example/a"
                                      << "http://h.example:443/a" << false;
        QTest::newRow("other host") << "https://h.example/a"
                                    << "https://evil.example/a" << false;
        QTest::newRow("localhost vs 127.0.0.1") << "http://localhost:80/"
                                                << "http://127.0.0.1:80/" << false;
        QTest::newRow("unknown scheme") << "ftp://h.example/a"
                                        << "ftp://h.example/b" << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(isSameOrigin(QUrl(a), QUrl(b)), same);
        QCOMPARE(isSameOrigin(QUrl(b), QUrl(a)), same);
    }
};

QTEST_APPLESS_MAIN(TestUrlPolicy)
#include "tst_portal_urlpolicy.moc"
