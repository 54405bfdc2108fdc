using Conversational.Bots.Channels.Twilio;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>An in-memory <see cref="ITwilioState"/> whose calls fail as Redis fails when told to.</summary>
internal sealed class FlakyTwilioState(TimeProvider time) : ITwilioState
{
    private readonly InMemoryTwilioState _inner = new(time);

    public bool FailReads { get; set; }

    public bool FailSaves { get; set; }

    public bool FailForgets { get; set; }

    public bool FailAll
    {
        set => FailReads = FailSaves = FailForgets = value;
    }

    public Task SavePartsAsync(string identity, string message, TwilioPartState state, CancellationToken cancellationToken = default) =>
        FailSaves ? throw Failure() : _inner.SavePartsAsync(identity, message, state, cancellationToken);

    public Task<TwilioPartState> FindPartsAsync(string identity, string message, CancellationToken cancellationToken = default) =>
        FailReads ? throw Failure() : _inner.FindPartsAsync(identity, message, cancellationToken);

    public Task ForgetPartsAsync(string identity, CancellationToken cancellationToken = default) =>
        FailForgets ? throw Failure() : _inner.ForgetPartsAsync(identity, cancellationToken);

    private static RedisConnectionException Failure() =>
        new(ConnectionFailureType.SocketFailure, CommandFlags.None, "No connection is active/available (test)", null, CommandStatus.WaitingToBeSent);
}
