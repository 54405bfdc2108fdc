namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// When each person's waiting purchase needs attention next (a reminder, or its expiry), in memory or in a Redis sorted
/// set: timers survive restarts, and a due timer is taken by one instance only.
/// </summary>
public interface ICartTimers
{
    /// <summary>Sets the person's timer, replacing the one they had.</summary>
    Task ScheduleAsync(string person, DateTimeOffset due, CancellationToken cancellationToken = default);

    Task CancelAsync(string person, CancellationToken cancellationToken = default);

    /// <summary>Removes and returns up to <paramref name="max"/> persons whose timer is due at <paramref name="now"/>, earliest
    /// first; atomically, so two instances never take the same one.</summary>
    Task<IReadOnlyList<string>> TakeDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>The person's timer, or null.</summary>
    Task<DateTimeOffset?> GetAsync(string person, CancellationToken cancellationToken = default);
}
