namespace Functions.Notify;

/// <summary>A generic webhook: <c>{"title","status","markdown","link"}</c>, with the secret as a bearer token when set.</summary>
internal static class WebhookFormatter
{
    public static ChannelRequest Format(ReceiverSettings receiver, Notification notification)
    {
        var body = ChannelJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", notification.Title);
            json.WriteString("status", StatusName(notification.Status));
            json.WriteString("markdown", notification.Markdown);
            if (notification.Link is { } link)
            {
                json.WriteString("link", link.AbsoluteUri);
            }
            else
            {
                json.WriteNull("link");
            }

            json.WriteEndObject();
        });
        return new ChannelRequest(receiver.Url, body, string.IsNullOrEmpty(receiver.Secret) ? null : receiver.Secret);
    }

    /// <summary>"firing", "resolved" or "info".</summary>
    public static string StatusName(NotificationStatus status) => status switch
    {
        NotificationStatus.Firing => "firing",
        NotificationStatus.Resolved => "resolved",
        _ => "info",
    };
}
