#include "server/MicroDeposits.h"

namespace pac::server {

std::pair<int, int> MicroDeposits::amountsFor(qint64 methodId)
{
    const int first = int(1 + (methodId * 37) % 99);
    int second = int(1 + (methodId * 61 + 17) % 99);
    if (second == first)
        second = second == 99 ? 1 : second + 1;
    return {first, second};
}

bool MicroDeposits::matches(qint64 methodId, qint64 a, qint64 b)
{
    const auto [first, second] = amountsFor(methodId);
    return (a == first && b == second) || (a == second && b == first);
}

} // namespace pac::server
