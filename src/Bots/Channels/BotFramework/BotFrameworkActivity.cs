using System.Text.Json;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// The fields of an inbound Activity this service reads (channels.md §3.1); every other field is accepted and ignored
/// (spec A2005).
/// </summary>
public sealed record BotFrameworkActivity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    public string? Locale { get; init; }

    /// <summary>A button's payload (messageBack / postBack), or an Adaptive Card's submit data.</summary>
    public JsonElement? Value { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>An installationUpdate's action: "add", "remove", "add-upgrade", "remove-upgrade".</summary>
    public string? Action { get; init; }
}

/// <summary>A user or a bot on a channel.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null);

/// <summary>A conversation: its id, and whether it is a group (a Teams channel or group chat).</summary>
public sealed record ConversationAccount(string? Id, bool? IsGroup = null, string? ConversationType = null);
