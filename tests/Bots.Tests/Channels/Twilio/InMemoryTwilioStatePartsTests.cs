using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>The parts contract on <see cref="InMemoryTwilioState"/> (a second instance is the same object: one
/// process), and its hour, on a manual clock.</summary>
public sealed class InMemoryTwilioStatePartsTests : TwilioStatePartsContractTests
{
    private readonly ManualTimeProvider _time = new();

    protected override ITwilioState Create() => new InMemoryTwilioState(_time);

    protected override Task<ITwilioState> SecondInstanceAsync(ITwilioState first) => Task.FromResult(first);

    [Fact]
    public async Task The_state_is_kept_an_hour_after_the_last_save()
    {
        var state = Create();
        await state.SavePartsAsync(Identity, Statement, new(1, null), Ct);
        _time.Advance(TimeSpan.FromMinutes(50));
        await state.SavePartsAsync(Identity, Statement, new(1, LostTry), Ct);

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(new TwilioPartState(1, LostTry), await state.FindPartsAsync(Identity, Statement, Ct));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(default, await state.FindPartsAsync(Identity, Statement, Ct));
    }
}
