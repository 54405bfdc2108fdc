namespace Conversational.Wallet.Tests.Unit;

public sealed class TransferIdTests
{
    [Theory]
    [InlineData("t")]
    [InlineData("telegram:mybot:4321:send")]
    [InlineData("twilio:SM0123456789abcdef:leg-2")]
    [InlineData("télégramme:1")]
    public void A_transfer_id_is_printable_text_without_spaces_or_bars(string value)
    {
        var id = new TransferId(value);

        Assert.True(TransferId.IsValid(value));
        Assert.Equal(value, id.Value);
        Assert.Equal(value, id.ToString());
        Assert.Equal(id, TransferId.FromString(value));
        Assert.Equal(id, (TransferId)value);
        Assert.Equal(id.GetHashCode(), TransferId.FromString(value).GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData(" a")]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a\u00A0b")]
    [InlineData("a|b")]
    [InlineData("a\u0000b")]
    public void Anything_else_is_refused(string value)
    {
        Assert.False(TransferId.IsValid(value));
        Assert.Throws<ArgumentException>(() => new TransferId(value));
    }

    [Fact]
    public void A_transfer_id_is_at_most_two_hundred_characters()
    {
        Assert.True(TransferId.IsValid(new string('x', TransferId.MaxLength)));
        Assert.False(TransferId.IsValid(new string('x', TransferId.MaxLength + 1)));
        Assert.Throws<ArgumentException>(() => new TransferId(new string('x', TransferId.MaxLength + 1)));
        Assert.Throws<ArgumentNullException>(() => new TransferId(null!));
    }

    [Fact]
    public void Ids_compare_by_their_exact_text() =>
        Assert.NotEqual(new TransferId("Send-1"), new TransferId("send-1"));
}
