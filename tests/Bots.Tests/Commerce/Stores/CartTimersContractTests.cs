using Conversational.Bots.Commerce.Stores;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>
/// The behaviour every <see cref="ICartTimers"/> must have, run once per implementation by a subclass that says how
/// to create one. Each test uses one set of timers, created empty (its own keys).
/// </summary>
public abstract class CartTimersContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>New, empty timers.</summary>
    protected abstract ICartTimers Create();

    /// <summary>The same timers as another instance of the service sees them (its own connection, on Redis).</summary>
    protected abstract Task<ICartTimers> SecondInstanceAsync(ICartTimers first);

    [Fact]
    public async Task A_timer_is_kept_to_the_millisecond_replaced_and_cancelled()
    {
        var timers = Create();
        var due = Monday.AddTicks(12_345);

        await timers.ScheduleAsync("person:alice", due, Ct);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, 1, TimeSpan.Zero), await timers.GetAsync("person:alice", Ct));
        await timers.ScheduleAsync("person:alice", Monday.AddHours(1), Ct);
        Assert.Equal(Monday.AddHours(1), await timers.GetAsync("person:alice", Ct));

        await timers.CancelAsync("person:alice", Ct);
        await timers.CancelAsync("person:nobody", Ct);

        Assert.Null(await timers.GetAsync("person:alice", Ct));
    }

    [Fact]
    public async Task Due_timers_are_taken_earliest_first_up_to_the_maximum_and_only_once()
    {
        var timers = Create();
        await timers.ScheduleAsync("person:late", Monday.AddMinutes(30), Ct);
        await timers.ScheduleAsync("person:b", Monday.AddMinutes(5), Ct);
        await timers.ScheduleAsync("person:a", Monday.AddMinutes(5), Ct);
        await timers.ScheduleAsync("person:first", Monday, Ct);
        await timers.ScheduleAsync("person:now", Monday.AddMinutes(10), Ct);

        Assert.Equal(["person:first", "person:a"], await timers.TakeDueAsync(Monday.AddMinutes(10), 2, Ct));
        Assert.Equal(["person:b", "person:now"], await timers.TakeDueAsync(Monday.AddMinutes(10), 10, Ct));
        Assert.Empty(await timers.TakeDueAsync(Monday.AddMinutes(10), 10, Ct));
        Assert.Empty(await timers.TakeDueAsync(Monday.AddHours(1), 0, Ct));

        Assert.Null(await timers.GetAsync("person:first", Ct));
        Assert.Equal(Monday.AddMinutes(30), await timers.GetAsync("person:late", Ct));
    }

    [Fact]
    public async Task Due_timers_taken_by_two_instances_at_once_go_to_one_of_them_each()
    {
        var here = Create();
        var there = await SecondInstanceAsync(here);
        var persons = Enumerable.Range(0, 200).Select(i => $"person:p{i:D3}").ToList();
        foreach (var person in persons)
        {
            await here.ScheduleAsync(person, Monday.AddSeconds(persons.IndexOf(person)), Ct);
        }

        var taken = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(
            () => (i % 2 == 0 ? here : there).TakeDueAsync(Monday.AddHours(1), 7, Ct), Ct)));

        var all = taken.SelectMany(t => t).ToList();
        Assert.Equal(persons.Count, all.Count);
        Assert.Equal(persons, all.Order(StringComparer.Ordinal));
    }
}
