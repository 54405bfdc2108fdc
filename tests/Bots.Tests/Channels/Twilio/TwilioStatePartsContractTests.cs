using Conversational.Bots.Channels.Twilio;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>
/// What every <see cref="ITwilioState"/> must do with where the sending of a message stands, run once per store by a
/// subclass. Each test writes to identities of its own (random numbers), so stores on a shared server do not meet.
/// </summary>
public abstract class TwilioStatePartsContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static readonly DateTimeOffset LostTry = new DateTimeOffset(2030, 1, 15, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    protected string Identity { get; } = "sms:+336" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + Guid.NewGuid().ToString("N")[..6];

    protected static string Statement { get; } = TwilioPartProgress.Hash("Statement", ["Statem", "ent"]);

    protected static string Receipt { get; } = TwilioPartProgress.Hash("Receipt", ["Receipt"]);

    protected abstract ITwilioState Create();

    /// <summary>The same state as another instance of the service sees it (its own connection, on Redis).</summary>
    protected abstract Task<ITwilioState> SecondInstanceAsync(ITwilioState first);

    [Fact]
    public async Task Nothing_is_sent_of_a_message_never_saved()
    {
        var state = Create();

        Assert.Equal(default, await state.FindPartsAsync(Identity, Statement, Ct));
    }

    [Fact]
    public async Task The_state_is_found_for_the_same_message_to_the_same_identity_only()
    {
        var state = Create();

        await state.SavePartsAsync(Identity, Statement, new(1, null), Ct);

        Assert.Equal(new TwilioPartState(1, null), await state.FindPartsAsync(Identity, Statement, Ct));
        Assert.Equal(default, await state.FindPartsAsync(Identity, Receipt, Ct));
        Assert.Equal(default, await state.FindPartsAsync(Identity + "0", Statement, Ct));
    }

    [Fact]
    public async Task An_uncertain_try_is_kept_to_the_tick()
    {
        var state = Create();

        await state.SavePartsAsync(Identity, Statement, new(2, LostTry), Ct);

        var found = await state.FindPartsAsync(Identity, Statement, Ct);
        Assert.Equal(2, found.Sent);
        Assert.Equal(LostTry.UtcTicks, found.UncertainSince!.Value.UtcTicks);
        Assert.Equal(TimeSpan.Zero, found.UncertainSince.Value.Offset);
    }

    [Fact]
    public async Task An_uncertain_single_part_with_nothing_sent_is_kept()
    {
        var state = Create();

        await state.SavePartsAsync(Identity, Receipt, new(0, LostTry), Ct);

        Assert.Equal(new TwilioPartState(0, LostTry), await state.FindPartsAsync(Identity, Receipt, Ct));
    }

    [Fact]
    public async Task A_later_save_replaces_the_earlier_one_even_for_another_message()
    {
        var state = Create();

        await state.SavePartsAsync(Identity, Statement, new(1, LostTry), Ct);
        await state.SavePartsAsync(Identity, Statement, new(2, null), Ct);
        Assert.Equal(new TwilioPartState(2, null), await state.FindPartsAsync(Identity, Statement, Ct));

        await state.SavePartsAsync(Identity, Receipt, new(0, LostTry), Ct);
        Assert.Equal(default, await state.FindPartsAsync(Identity, Statement, Ct));
    }

    [Fact]
    public async Task Forgotten_state_is_gone_and_forgetting_twice_is_harmless()
    {
        var state = Create();
        await state.SavePartsAsync(Identity, Statement, new(1, LostTry), Ct);

        await state.ForgetPartsAsync(Identity, Ct);
        await state.ForgetPartsAsync(Identity, Ct);

        Assert.Equal(default, await state.FindPartsAsync(Identity, Statement, Ct));
    }

    [Fact]
    public async Task Another_instance_resumes_where_the_first_left()
    {
        var here = Create();
        var there = await SecondInstanceAsync(here);

        await here.SavePartsAsync(Identity, Statement, new(1, LostTry), Ct);
        Assert.Equal(new TwilioPartState(1, LostTry), await there.FindPartsAsync(Identity, Statement, Ct));

        await there.ForgetPartsAsync(Identity, Ct);
        Assert.Equal(default, await here.FindPartsAsync(Identity, Statement, Ct));
    }
}
