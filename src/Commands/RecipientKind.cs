namespace Conversational.Commands;

/// <summary>How a recipient was named.</summary>
public enum RecipientKind
{
    /// <summary>"@lea": a person's or charity's handle, reported in lower case without the @.</summary>
    Handle,

    /// <summary>A phone number as people write it, reported in E.164 ("+33612345678").</summary>
    Phone,
}
