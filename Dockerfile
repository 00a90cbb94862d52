# Postsignaal app image: Node 20, production dependencies, the built web app and the shipped model.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DOTENV_CONFIG_QUIET=true
# OCR of paper letters: Tesseract with the Dutch and English models; pdftoppm renders scanned PDFs.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng poppler-utils \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web
RUN mkdir -p /var/lib/postsignaal && chown node:node /var/lib/postsignaal
USER node
EXPOSE 3000
CMD ["npm", "start"]
