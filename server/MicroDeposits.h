#pragma once

#include <QtGlobal>

#include <utility>

namespace pac::server {

// The two micro-deposits the reference portal pretends to send to a new ACH account
// (billing rule 8; docs/server.md). No money moves: the amounts are a function of the
// method's id, so the demo and the tests know them. A real portal would draw them at random
// and send them through its bank.
class MicroDeposits
{
public:
    // { 1 + (id * 37) % 99, 1 + (id * 61 + 17) % 99 } in cents; when the two are equal the
    // second is one more (99 wraps to 1), so the pair always has two different amounts.
    static std::pair<int, int> amountsFor(qint64 methodId);

    // Whether `a` and `b` are the deposits of the method, in either order.
    static bool matches(qint64 methodId, qint64 a, qint64 b);
};

} // namespace pac::server
