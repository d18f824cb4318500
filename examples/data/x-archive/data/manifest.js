window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1790000000000000042",
    "userName" : "tagesfoto_demo",
    "displayName" : "Tagesfoto (synthetic demo)"
  },
  "archiveInfo" : {
    "sizeBytes" : "4211337",
    "generationDate" : "2026-10-20T07:12:44.318Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "97"
        }
      ]
    },
    "tweetsMedia" : {
      "mediaDirectory" : "data/tweets_media"
    }
  }
}