namespace Conversational.Wallet.Tests.Support;

/// <summary>A clock that moves only when a test says so (<see cref="Advance"/>), in UTC. Thread-safe, so the
/// concurrency tests can read it while nothing moves it.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    /// <summary>A Tuesday in the middle of a month, far from any day or month boundary.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2030, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private long _utcTicks = start.UtcTicks;

    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }

    /// <summary>Moves the clock forward to <paramref name="moment"/>; a clock never goes back.</summary>
    public void AdvanceTo(DateTimeOffset moment) => Advance(moment - GetUtcNow());
}
