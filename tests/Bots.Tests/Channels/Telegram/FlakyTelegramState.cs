using Conversational.Bots.Channels.Telegram;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>An in-memory <see cref="ITelegramState"/> whose part progress calls fail as Redis fails when told to (the
/// buttons always work).</summary>
internal sealed class FlakyTelegramState(TimeProvider time) : ITelegramState
{
    private readonly InMemoryTelegramState _inner = new(time);

    public bool FailReads { get; set; }

    public bool FailSaves { get; set; }

    public bool FailForgets { get; set; }

    public bool FailAll
    {
        set => FailReads = FailSaves = FailForgets = value;
    }

    public Task RememberChoiceAsync(string chat, string token, string value, CancellationToken cancellationToken = default) =>
        _inner.RememberChoiceAsync(chat, token, value, cancellationToken);

    public Task<string?> FindChoiceAsync(string chat, string token, CancellationToken cancellationToken = default) =>
        _inner.FindChoiceAsync(chat, token, cancellationToken);

    public Task RememberPartsSentAsync(string chat, string reply, int parts, CancellationToken cancellationToken = default) =>
        FailSaves ? throw Failure() : _inner.RememberPartsSentAsync(chat, reply, parts, cancellationToken);

    public Task<int> FindPartsSentAsync(string chat, string reply, CancellationToken cancellationToken = default) =>
        FailReads ? throw Failure() : _inner.FindPartsSentAsync(chat, reply, cancellationToken);

    public Task ForgetPartsSentAsync(string chat, CancellationToken cancellationToken = default) =>
        FailForgets ? throw Failure() : _inner.ForgetPartsSentAsync(chat, cancellationToken);

    private static RedisConnectionException Failure() =>
        new(ConnectionFailureType.SocketFailure, CommandFlags.None, "No connection is active/available (test)", null, CommandStatus.WaitingToBeSent);
}
