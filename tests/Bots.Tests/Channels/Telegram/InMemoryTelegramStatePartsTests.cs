using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>The parts contract on <see cref="InMemoryTelegramState"/> (a second instance is the same object: one
/// process), and its hour, on a manual clock.</summary>
public sealed class InMemoryTelegramStatePartsTests : TelegramStatePartsContractTests
{
    private readonly ManualTimeProvider _time = new();

    protected override ITelegramState Create() => new InMemoryTelegramState(_time);

    protected override Task<ITelegramState> SecondInstanceAsync(ITelegramState first) => Task.FromResult(first);

    [Fact]
    public async Task The_parts_sent_are_kept_an_hour_after_the_last_save()
    {
        var state = Create();
        await state.RememberPartsSentAsync(Chat, Statement, 1, Ct);
        _time.Advance(TimeSpan.FromMinutes(50));
        await state.RememberPartsSentAsync(Chat, Statement, 2, Ct);

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(2, await state.FindPartsSentAsync(Chat, Statement, Ct));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await state.FindPartsSentAsync(Chat, Statement, Ct));
    }
}
