# The image every ops function runs from (see serverless.yml): four NativeAOT binaries and the client tools
# Backup drives. Build after `scripts/publish.sh`; push to TCR in the functions' region.
FROM debian:12-slim

# Backup's tools: pg_dump/pg_restore 15, redis-server (an RDB is restored through a temporary server),
# sqlite3 (Label Studio's database is copied with VACUUM INTO); CA certificates for the cloud APIs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates postgresql-client-15 redis-server sqlite3 tar \
    && rm -rf /var/lib/apt/lists/*

COPY artifacts/publish/Autoscaler/release_linux-x64/bootstrap /var/user/Autoscaler/bootstrap
COPY artifacts/publish/Backup/release_linux-x64/bootstrap /var/user/Backup/bootstrap
COPY artifacts/publish/AlertHandler/release_linux-x64/bootstrap /var/user/AlertHandler/bootstrap
# AlertHandler's routing file (ALERT_CONFIG_FILE): edit it for your team before building the image.
COPY samples/config/alerthandler.json /var/user/AlertHandler/alerthandler.json
COPY artifacts/publish/DeployOrchestrator/release_linux-x64/bootstrap /var/user/DeployOrchestrator/bootstrap
# DeployOrchestrator's deployment file (DEPLOY_CONFIG_FILE): your services, strategies and checks.
COPY samples/config/deploy.json /var/user/DeployOrchestrator/deploy.json

# SCF mounts CFS for uid/gid 10000 by default; run as that user, never as root.
RUN groupadd --gid 10000 qcloud && useradd --uid 10000 --gid 10000 --home-dir /tmp qcloud
USER 10000:10000
ENV TZ=UTC
EXPOSE 9000
CMD ["/var/user/Backup/bootstrap", "serve", "--port", "9000"]
