#pragma once
// A binary min-heap of (time, slot, generation) for the scheduler's due times, ready polls and deadlines.
// Entries are never searched for or updated in place: a job that is re-planned, stopped or removed bumps its
// generation, and entries with an old generation are dropped when they reach the top (or in one O(n) pass by
// compact() once they make up most of the heap). Push and pop are O(log n).

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace jw {

struct DueEntry {
    qint64 at;
    quint32 slot;
    quint32 generation;
};

class DueQueue final
{
public:
    bool isEmpty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const DueEntry &top() const { return m_heap.front(); }
    void push(const DueEntry &entry)
    {
        m_heap.push_back(entry);
        std::push_heap(m_heap.begin(), m_heap.end(), later);
    }
    void pop()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        m_heap.pop_back();
    }
    void clear() { m_heap.clear(); }
    // Drops every entry `isLive` rejects and rebuilds the heap: O(n).
    template <typename IsLive>
    void compact(IsLive isLive)
    {
        m_heap.erase(std::remove_if(m_heap.begin(), m_heap.end(), [&](const DueEntry &e) { return !isLive(e); }), m_heap.end());
        std::make_heap(m_heap.begin(), m_heap.end(), later);
    }
    // Pops stale entries off the top; true when a live one is left there.
    template <typename IsLive>
    bool settle(IsLive isLive)
    {
        while (!m_heap.empty() && !isLive(m_heap.front()))
            pop();
        return !m_heap.empty();
    }

private:
    static bool later(const DueEntry &a, const DueEntry &b)
    {
        return a.at != b.at ? a.at > b.at : a.slot > b.slot;
    }
    std::vector<DueEntry> m_heap;
};

} // namespace jw
