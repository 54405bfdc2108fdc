namespace Conversational.Bots.Conversations.Stores;

/// <summary>
/// A message's turn as <see cref="IConversationStore.OpenTurnAsync"/> opened it: either the replies the message already
/// got (a redelivery: nothing is held), or the person held and their conversation loaded. Disposing lets the person go
/// if <see cref="IConversationStore.SaveAndReleaseAsync"/> did not already.
/// </summary>
public sealed class OpenedTurn : IAsyncDisposable
{
    private IAsyncDisposable? _hold;

    private OpenedTurn(IReadOnlyList<OutboundReply>? replayed, StoredConversation? conversation, IAsyncDisposable? hold, string? holdToken)
    {
        Replayed = replayed;
        Conversation = conversation;
        _hold = hold;
        HoldToken = holdToken;
    }

    /// <summary>The replies of the earlier handling of this message, or null when the turn is to run.</summary>
    public IReadOnlyList<OutboundReply>? Replayed { get; }

    /// <summary>The person's conversation, loaded while holding them; null for a replay.</summary>
    public StoredConversation? Conversation { get; }

    /// <summary>What the store needs to let the person go in the same step as a save (the lock's token in Redis).</summary>
    internal string? HoldToken { get; }

    public static OpenedTurn Replay(IReadOnlyList<OutboundReply> replies) => new(replies, null, null, null);

    public static OpenedTurn Held(StoredConversation conversation, IAsyncDisposable hold, string? holdToken = null) =>
        new(null, conversation, hold, holdToken);

    /// <summary>The store let the person go itself (with the save): disposing has nothing left to do.</summary>
    internal void Released() => _hold = null;

    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _hold, null) is { } hold ? hold.DisposeAsync() : ValueTask.CompletedTask;
}
