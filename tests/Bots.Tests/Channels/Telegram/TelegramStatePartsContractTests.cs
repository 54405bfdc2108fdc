using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>
/// What every <see cref="ITelegramState"/> must do with the parts sent of a long reply, run once per store by a
/// subclass. Each test writes to chats of its own (random ids), so stores on a shared server do not meet.
/// </summary>
public abstract class TelegramStatePartsContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected string Chat { get; } = Random.Shared.NextInt64(1, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static string Statement { get; } = TelegramPartProgress.Hash(new OutboundReply("Statement"), ["Statem", "ent"]);

    protected static string Receipt { get; } = TelegramPartProgress.Hash(new OutboundReply("Receipt"), ["Rec", "eipt"]);

    protected abstract ITelegramState Create();

    /// <summary>The same state as another instance of the service sees it (its own connection, on Redis).</summary>
    protected abstract Task<ITelegramState> SecondInstanceAsync(ITelegramState first);

    [Fact]
    public async Task Nothing_is_sent_of_a_reply_never_saved()
    {
        var state = Create();

        Assert.Equal(0, await state.FindPartsSentAsync(Chat, Statement, Ct));
    }

    [Fact]
    public async Task The_parts_sent_are_found_for_the_same_reply_in_the_same_chat_only()
    {
        var state = Create();

        await state.RememberPartsSentAsync(Chat, Statement, 2, Ct);

        Assert.Equal(2, await state.FindPartsSentAsync(Chat, Statement, Ct));
        Assert.Equal(0, await state.FindPartsSentAsync(Chat, Receipt, Ct));
        Assert.Equal(0, await state.FindPartsSentAsync(Chat + "1", Statement, Ct));
    }

    [Fact]
    public async Task A_later_save_replaces_the_earlier_one_even_for_another_reply()
    {
        var state = Create();

        await state.RememberPartsSentAsync(Chat, Statement, 1, Ct);
        await state.RememberPartsSentAsync(Chat, Statement, 3, Ct);
        Assert.Equal(3, await state.FindPartsSentAsync(Chat, Statement, Ct));

        await state.RememberPartsSentAsync(Chat, Receipt, 1, Ct);
        Assert.Equal(1, await state.FindPartsSentAsync(Chat, Receipt, Ct));
        Assert.Equal(0, await state.FindPartsSentAsync(Chat, Statement, Ct));
    }

    [Fact]
    public async Task Forgotten_parts_are_gone_and_the_buttons_stay()
    {
        var state = Create();
        await state.RememberChoiceAsync(Chat, "tok", "confirm:1", Ct);
        await state.RememberPartsSentAsync(Chat, Statement, 2, Ct);

        await state.ForgetPartsSentAsync(Chat, Ct);
        await state.ForgetPartsSentAsync(Chat, Ct);

        Assert.Equal(0, await state.FindPartsSentAsync(Chat, Statement, Ct));
        Assert.Equal("confirm:1", await state.FindChoiceAsync(Chat, "tok", Ct));
    }

    [Fact]
    public async Task Another_instance_resumes_where_the_first_left()
    {
        var here = Create();
        var there = await SecondInstanceAsync(here);

        await here.RememberPartsSentAsync(Chat, Statement, 2, Ct);
        Assert.Equal(2, await there.FindPartsSentAsync(Chat, Statement, Ct));

        await there.ForgetPartsSentAsync(Chat, Ct);
        Assert.Equal(0, await here.FindPartsSentAsync(Chat, Statement, Ct));
    }
}
