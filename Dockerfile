# syntax=docker/dockerfile:1
# One build of the workspace, two runtime images: `--target cms` and `--target web`.
FROM node:24-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1 CI=true
RUN npm install -g pnpm@12.21.0
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm turbo run build --filter=@itinera/cms --filter=@itinera/web

FROM build AS cms
ENV NODE_ENV=production
WORKDIR /app/apps/cms
EXPOSE 3000
# Apply committed migrations, load what the seed adds when missing, then serve. Without a
# PAYLOAD_SECRET, one is generated once into the `cms-secret` volume.
CMD ["sh", "-c", "if [ -z \"$PAYLOAD_SECRET\" ]; then [ -s /secrets/payload ] || node -e \"process.stdout.write(require('crypto').randomBytes(32).toString('hex'))\" > /secrets/payload; export PAYLOAD_SECRET=$(cat /secrets/payload); fi && pnpm payload migrate && pnpm payload run src/seed/run.ts && exec pnpm start"]

FROM build AS web
ENV NODE_ENV=production
WORKDIR /app/apps/web
EXPOSE 3001
CMD ["pnpm", "start"]
