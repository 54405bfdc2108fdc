namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// Cart timers in process memory, for a local run and tests. Times are kept to the millisecond, as in the Redis sorted
/// set, and due timers come earliest first, then by person.
/// </summary>
public sealed class InMemoryCartTimers : ICartTimers
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _due = new(StringComparer.Ordinal);

    public Task ScheduleAsync(string person, DateTimeOffset due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (_lock)
        {
            _due[person] = StoreRules.Millis(due);
            return Task.CompletedTask;
        }
    }

    public Task CancelAsync(string person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (_lock)
        {
            _due.Remove(person);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<string>> TakeDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var until = StoreRules.Millis(now);
        lock (_lock)
        {
            List<string> due =
            [
                .. _due.Where(t => t.Value <= until).OrderBy(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
                    .Take(Math.Max(max, 0)).Select(t => t.Key),
            ];
            foreach (var person in due)
            {
                _due.Remove(person);
            }
            return Task.FromResult<IReadOnlyList<string>>(due);
        }
    }

    public Task<DateTimeOffset?> GetAsync(string person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (_lock)
        {
            return Task.FromResult(_due.TryGetValue(person, out var due) ? DateTimeOffset.FromUnixTimeMilliseconds(due) : (DateTimeOffset?)null);
        }
    }
}
